from common import *
M='522091'
F='hobashira-gyokaku-torikumi-r6.html'
doc(F,M,'帆柱市',2024)
POL=[('Ⅰ','質の高い行政サービスへの転換'),('Ⅰ-1','デジタル技術を活用した手続の簡素化'),('Ⅰ-2','窓口サービスの向上'),('Ⅱ','持続可能な財政運営'),('Ⅱ-1','歳入の確保'),('Ⅱ-2','公共施設の最適化'),('Ⅲ','組織力の向上'),('Ⅲ-1','人材の育成と働き方改革')]
for c,n in POL: pol(M,c,n)
X=[('Ⅰ-1','行政手続のオンライン化','デジタル推進課','オンライン化した手続数','件',2023,120,[(2024,160,172,'A'),(2025,200,None,None)],'B'),
('Ⅰ-1','キャッシュレス決済の導入','デジタル推進課','キャッシュレス対応窓口数','か所',2023,8,[(2024,20,14,'C'),(2025,30,None,None)],'B'),
('Ⅰ-2','書かない窓口の導入','市民課','書かない窓口の対象手続数','件',2023,0,[(2024,30,31,'A'),(2025,60,None,None)],None),
('Ⅱ-1','市税の収納率向上','納税課','市税収納率（現年分）','％',2023,98.6,[(2024,98.8,98.9,'A'),(2025,99.0,None,None)],'A'),
('Ⅱ-1','ふるさと納税の推進','企画課','ふるさと納税寄附額','百万円',2023,412,[(2024,500,468,'B'),(2025,550,None,None)],'B'),
('Ⅱ-2','公共施設の延床面積の縮減','資産経営課','公共施設の延床面積','千㎡',2023,386.4,[(2024,384.0,384.9,'B'),(2025,381.0,None,None)],'B'),
('Ⅲ-1','時間外勤務の縮減','職員課','職員1人当たり月平均時間外勤務時間','時間',2023,14.2,[(2024,12.0,13.1,'B'),(2025,11.0,None,None)],'C')]
for c,n,d,k,u,y0,v0,ys,prev in X:
    ini(M,n,c); ind(M,k,y0,None,v0)
    for y,t,a,g in ys:
        ind(M,k,y,'target',t)
        if a is not None: ind(M,k,y,'actual',a)
        if g: ev(M,n,y,g)
    if prev: ev(M,n,2023,prev)
secs=[]
for c,n in POL:
    if '-' not in c:
        secs.append(f'<h2 id="p{c}">{c}　{n}</h2>')
        continue
    secs.append(f'<h3>{c}　{n}</h3>')
    for cc,nn,d,k,u,y0,v0,ys,prev in X:
        if cc!=c: continue
        li=[f'<li class="base"><time datetime="{y0}">令和{y0-2018}年度</time><span class="lbl">基準値</span> <data value="{v0}">{v0}</data>{u}</li>']
        for y,t,a,g in ys:
            if a is None:
                li.append(f'<li class="plan"><time datetime="{y}">令和{y-2018}年度</time><span class="lbl">目標</span> {t}{u}<span class="lbl">実績</span> －<span class="lbl">評価</span> －</li>')
            else:
                li.append(f'<li class="done"><time datetime="{y}">令和{y-2018}年度</time><span class="lbl">目標</span> {t}{u}<span class="lbl">実績</span> {a}{u}<span class="lbl">評価</span> <strong class="grade g{g}">{g}</strong></li>')
        pv=f'<p class="prev">前年度（令和5年度）評価：<strong>{prev}</strong></p>' if prev else '<p class="prev">前年度評価：－（令和6年度からの新規取組）</p>'
        secs.append(f'''<section class="torikumi">
<h4>{nn}</h4>
<p class="tanto">所管：{d}</p>
<p class="kpi">指標：{k}</p>
<ul class="timeline">
{chr(10).join(li)}
</ul>
{pv}
</section>''')
S='\n'.join(secs)
T=f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次帆柱市行政改革プラン 令和6年度取組状況 | 帆柱市</title>
</head>
<body>
<header><div class="logo"><a href="/">帆柱市 HOBASHIRA CITY</a></div>
<nav class="global"><a href="/life/">暮らし</a> | <a href="/kanko/">観光</a> | <a href="/city/">市政</a></nav></header>
<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/city/">市政</a></li><li><a href="/city/gyokaku/">行政改革</a></li><li>令和6年度取組状況</li></ol>
<article>
<h1>第4次帆柱市行政改革プラン 令和6年度取組状況</h1>
<p>第4次帆柱市行政改革プラン（計画期間：令和6年度～令和8年度）の令和6年度の取組状況を取りまとめました。各取組の指標について、年度ごとの目標と実績、評価を時系列で示しています。</p>
<aside class="legend"><p>評価　A：目標を達成　B：目標の8割以上を達成　C：目標の8割未満</p>
<p>※ 前年度評価は、第3次プランの同種取組の令和5年度評価です。</p></aside>
{S}
<h2>効果額</h2>
<p>令和6年度の取組による財政効果額は、1億2,480万円（歳入増 8,310万円、歳出減 4,170万円）でした。</p>
</article>
<div class="inquiry"><h2>お問い合わせ</h2><p>総務部 行政改革推進課<br>電話：0XX-22-3141</p></div>
<footer><p>&copy; 帆柱市</p></footer>
</body>
</html>
'''
write(F,T)
