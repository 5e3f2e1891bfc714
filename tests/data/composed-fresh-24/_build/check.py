import json, csv, unicodedata, re, os
OUT='/tmp/fresh24'
enc=json.load(open(OUT+'/_build/enc.json'))
man=list(csv.DictReader(open(OUT+'/manifest.csv',encoding='utf-8')))
def cd(s):
    r=sum(int(a)*b for a,b in zip(s[:5],[6,5,4,3,2]))%11; return str((11-r)%10)==s[5]
used=set(open('/tmp/usedcodes.txt').read().split())
usedn=set(open('/tmp/usednames.txt').read().split())
N=lambda s: re.sub(r'[\s,]','',unicodedata.normalize('NFKC',s))
texts={}
ok=True
def bad(*a):
    global ok; ok=False; print('FAIL',*a)
for m in man:
    f=m['file']; e,crlf=enc[f]
    b=open(os.path.join(OUT,f),'rb').read()
    t=b.decode(e)
    if ('-sjis' in f)!=(e=='cp932'): bad('enc name',f)
    if crlf and b.count(b'\n')!=b.count(b'\r\n'): bad('crlf',f)
    if not crlf and b'\r' in b: bad('cr in lf',f)
    n=len(t.splitlines())
    if not 60<=n<=250: bad('lines',f,n)
    if not cd(m['municipality_code']) or m['municipality_code'] in used: bad('code',m)
    if m['municipality'] in usedn: bad('name',m)
    texts.setdefault(m['municipality_code'],'')
    texts[m['municipality_code']]+=N(t)
print('sjis',sum(1 for v in enc.values() if v[0]=='cp932'),'crlf',sum(1 for v in enc.values() if v[1]))
g=json.load(open(OUT+'/gold.json'))
def names(x):
    return [x['name']]+x['alias'] if isinstance(x,dict) else [x]
def yen(a):
    c=[str(a)]
    if a%1000==0: c.append(str(a//1000))
    if a%10000==0:
        man=a//10000; oku,r=divmod(man,10000)
        c.append((f'{oku}億' if oku else '')+(f'{r}万' if r else ''))
        c.append((f'{oku}億' if oku else '')+(f'{r}' if r else ''))
    return c
import math
for t,v in g['tables'].items():
    cols=v['columns']; seen=set()
    for r in v['rows']:
        k=json.dumps(r,ensure_ascii=False)
        if k in seen: bad('dup',t,r)
        seen.add(k)
        m=r[0]; T=texts[m]
        for c,x in zip(cols[1:],r[1:]):
            if x is None: continue
            if c in ('project','division','organization','parent','policy','initiative','facility','indicator','account','grade','file'):
                if c=='file': continue
                if not any(N(y) in T for y in names(x)): bad(t,c,x)
            elif c in ('budget','amount'):
                if not any(N(y) in T for y in yen(x)): bad(t,c,x)
            elif c in ('value','staff'):
                s=str(x); 
                if s not in T: bad(t,c,x)
            elif c=='policy_code':
                if N(x) not in T and N(x).replace('-','－') not in T: bad(t,c,x)
print('OK' if ok else 'ERRORS')
