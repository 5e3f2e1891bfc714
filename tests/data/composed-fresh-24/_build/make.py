import sys, json, csv, io
sys.path.insert(0,'/tmp/fresh24/_build')
import common
for i in range(1,13):
    exec(open(f'/tmp/fresh24/_build/d{i}.py').read(), {'__name__':'d'} | {k:getattr(common,k) for k in dir(common) if not k.startswith('__')})
G=common.G
cols={'documents':['municipality_code','file','fiscal_year'],'projects':['municipality_code','project','fiscal_year','budget','division'],'organizations':['municipality_code','organization','parent'],'staff':['municipality_code','organization','fiscal_year','staff'],'budgets':['municipality_code','organization','fiscal_year','account','amount'],'policies':['municipality_code','policy_code','policy'],'initiatives':['municipality_code','initiative','policy_code'],'facilities':['municipality_code','facility'],'indicators':['municipality_code','indicator','fiscal_year','kind','value'],'evaluations':['municipality_code','initiative','fiscal_year','grade']}
tables={}
for t,c in cols.items():
    rows=[]
    for r in G[t]:
        if r not in rows: rows.append(r)
    tables[t]={'columns':c,'rows':rows}
about=("composed-fresh-24: twelve invented documents of invented municipalities of the invented prefecture 雫ヶ峰県 (prefecture number 52), "
 "written as a held-out set to estimate how well the document reader does on documents nobody tuned it for, with the facts a careful human reader finds in them. "
 "Same rules as seeds.json: names compared after NFKC with white space removed, aliases accepted, policy codes compared as number sequences, null = not stated.")
json.dump({'about':about,'tables':tables},open('/tmp/fresh24/gold.json','w'),ensure_ascii=False,indent=1)
with open('/tmp/fresh24/manifest.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['file','municipality_code','municipality','prefecture']); w.writerows(common.MAN)
json.dump(common.ENC,open('/tmp/fresh24/_build/enc.json','w'),ensure_ascii=False)
for t,v in tables.items(): print(t,len(v['rows']))
