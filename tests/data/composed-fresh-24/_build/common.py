import json, os
OUT='/tmp/fresh24'
G={k:[] for k in ['documents','projects','organizations','staff','budgets','policies','initiatives','facilities','indicators','evaluations']}
MAN=[]
ENC={}
def doc(f,m,name,fy): G['documents'].append([m,f,fy]); MAN.append([f,m,name,'雫ヶ峰県'])
def proj(m,p,fy,b,d): G['projects'].append([m,p,fy,b,d])
def org(m,o,p): G['organizations'].append([m,o,p])
def staff(m,o,fy,n): G['staff'].append([m,o,fy,n])
def bud(m,o,fy,a,amt): G['budgets'].append([m,o,fy,a,amt])
def pol(m,c,n): G['policies'].append([m,c,n])
def ini(m,n,c): G['initiatives'].append([m,n,c])
def fac(m,n): G['facilities'].append([m,n])
def ind(m,n,fy,k,v): G['indicators'].append([m,n,fy,k,v])
def ev(m,n,fy,g): G['evaluations'].append([m,n,fy,g])
def write(f,text,enc='utf-8',crlf=False):
    t=text.replace('\r\n','\n')
    if crlf: t=t.replace('\n','\r\n')
    open(os.path.join(OUT,f),'wb').write(t.encode(enc))
    ENC[f]=(enc,crlf)
