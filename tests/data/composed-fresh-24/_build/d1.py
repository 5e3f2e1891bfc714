from common import *
M='521001'
F='soukyu-shisakuhyoka-r6.html'
doc(F,M,'蒼穹市',2023)
pol(M,'3','安心して子どもを育て、学べるまち')
pol(M,'3-1','子育て支援の充実'); pol(M,'3-2','学校教育の充実'); pol(M,'3-3','青少年の健全育成')
org(M,'こども未来局',None); org(M,'こども支援課','こども未来局'); 
org(M,'教育委員会事務局',None); org(M,'学校教育課','教育委員会事務局'); 
org(M,'青少年育成課','こども未来局')
for n,c in [('子育て世代包括支援センターの機能強化','3-1'),('保育の受け皿の確保','3-1'),('学力向上と個別最適な学びの推進','3-2'),('学校施設の長寿命化','3-2'),('放課後の居場所づくり','3-3'),('若者の社会参加の促進','3-3')]:
    ini(M,n,c)
ev(M,'子育て支援の充実',2023,'B'); ev(M,'子育て支援の充実',2022,'B')
ev(M,'学校教育の充実',2023,'A'); ev(M,'学校教育の充実',2022,'B')
ev(M,'青少年の健全育成',2023,'C'); ev(M,'青少年の健全育成',2022,'C')
ind(M,'保育所等待機児童数',2019,None,48); ind(M,'保育所等待機児童数',2023,'target',0); ind(M,'保育所等待機児童数',2023,'actual',6); ind(M,'保育所等待機児童数',2025,'target',0)
ind(M,'乳幼児健診受診率',2019,None,95.1); ind(M,'乳幼児健診受診率',2023,'target',97.0); ind(M,'乳幼児健診受診率',2023,'actual',97.4); ind(M,'乳幼児健診受診率',2025,'target',98.0)
ind(M,'授業がわかると答えた児童生徒の割合',2019,None,78.2); ind(M,'授業がわかると答えた児童生徒の割合',2023,'target',82.0); ind(M,'授業がわかると答えた児童生徒の割合',2023,'actual',83.5); ind(M,'授業がわかると答えた児童生徒の割合',2025,'target',85.0)
ind(M,'放課後児童クラブ待機児童数',2019,None,212); ind(M,'放課後児童クラブ待機児童数',2023,'target',50); ind(M,'放課後児童クラブ待機児童数',2023,'actual',131); ind(M,'放課後児童クラブ待機児童数',2025,'target',0)
proj(M,'産前産後ケア事業',2023,86412000,'こども支援課')
proj(M,'民間保育所施設整備補助事業',2023,1204377000,'保育運営課')
proj(M,'学習支援員配置事業',2023,214960000,'学校教育課')
proj(M,'小中学校大規模改修事業',2023,3876105000,'教育施設課')
proj(M,'放課後児童クラブ運営事業',2023,1532840000,'青少年育成課')
proj(M,'若者ステップアップ事業',2023,18250000,'青少年育成課')
fac(M,'蒼穹市こども総合センター')
T=r'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和6年度 施策評価結果（政策3）｜蒼穹市公式ウェブサイト</title>
<link rel="stylesheet" href="/css/acc.css">
</head>
<body>
<a class="skip" href="#main">本文へ移動</a>
<header class="site"><p class="logo"><a href="/">蒼穹市</a></p>
<ul class="gnav"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/shisei/">市政情報</a></li></ul>
<form role="search"><input type="search" placeholder="サイト内検索"></form></header>
<nav class="pankuzu"><a href="/">ホーム</a> ＞ <a href="/shisei/">市政情報</a> ＞ <a href="/shisei/hyoka/">行政評価</a> ＞ 令和6年度 施策評価結果（政策3）</nav>
<main id="main">
<h1>令和6年度 施策評価結果（政策3）</h1>
<p class="update">更新日：2024年8月30日　ページ番号：41877</p>
<p>第2次蒼穹市総合計画の政策3「安心して子どもを育て、学べるまち」を構成する3施策について、令和5年度の取組を対象に施策評価を行いました。各施策の見出しを選ぶと詳細が開きます。</p>
<p class="legend">評価の区分　A：順調に進んでいる　B：おおむね順調　C：やや遅れている　D：遅れている</p>

<div class="accordion">
<details open>
<summary><span class="code">施策3-1</span> 子育て支援の充実 <span class="badge b">B</span></summary>
<div class="acc-body">
<p class="meta">主管：こども未来局 こども支援課（関係課：保育運営課）</p>
<p class="prev">前年度（令和4年度の取組）の評価：<span class="badge b">B</span></p>
<h3>主な取組</h3>
<ol><li>子育て世代包括支援センターの機能強化</li><li>保育の受け皿の確保</li></ol>
<h3>成果指標</h3>
<table class="kpi">
<tr><th>指標名</th><th>基準値<br>（R元）</th><th>R5目標</th><th>R5実績</th><th>R7目標</th></tr>
<tr><td>保育所等待機児童数（人）</td><td>48</td><td>0</td><td>6</td><td>0</td></tr>
<tr><td>乳幼児健診受診率（％）</td><td>95.1</td><td>97.0</td><td>97.4</td><td>98.0</td></tr>
</table>
<h3>構成事業（令和5年度決算額）</h3>
<ul class="jigyo">
<li>産前産後ケア事業 ― 86,412千円<span class="ka">［こども支援課］</span></li>
<li>民間保育所施設整備補助事業 ― 1,204,377千円<span class="ka">［保育運営課］</span></li>
</ul>
<p class="comment">所見：受け皿の拡大により待機児童は前年度から14人減少したが、0歳児の申込増加により解消には至らなかった。令和6年4月に「蒼穹市こども総合センター」を開設し、相談機能を一元化した。</p>
</div>
</details>

<details>
<summary><span class="code">施策3-2</span> 学校教育の充実 <span class="badge a">A</span></summary>
<div class="acc-body">
<p class="meta">主管：教育委員会事務局 学校教育課（関係課：教育施設課）</p>
<p class="prev">前年度（令和4年度の取組）の評価：<span class="badge b">B</span></p>
<h3>主な取組</h3>
<ol><li>学力向上と個別最適な学びの推進</li><li>学校施設の長寿命化</li></ol>
<h3>成果指標</h3>
<table class="kpi">
<tr><th>指標名</th><th>基準値<br>（R元）</th><th>R5目標</th><th>R5実績</th><th>R7目標</th></tr>
<tr><td>授業がわかると答えた児童生徒の割合（％）</td><td>78.2</td><td>82.0</td><td>83.5</td><td>85.0</td></tr>
</table>
<h3>構成事業（令和5年度決算額）</h3>
<ul class="jigyo">
<li>学習支援員配置事業 ― 214,960千円<span class="ka">［学校教育課］</span></li>
<li>小中学校大規模改修事業 ― 3,876,105千円<span class="ka">［教育施設課］</span></li>
</ul>
<p class="comment">所見：学習支援員の全校配置が完了し、指標は目標を上回った。</p>
</div>
</details>

<details>
<summary><span class="code">施策3-3</span> 青少年の健全育成 <span class="badge c">C</span></summary>
<div class="acc-body">
<p class="meta">主管：こども未来局 青少年育成課</p>
<p class="prev">前年度（令和4年度の取組）の評価：<span class="badge c">C</span></p>
<h3>主な取組</h3>
<ol><li>放課後の居場所づくり</li><li>若者の社会参加の促進</li></ol>
<h3>成果指標</h3>
<table class="kpi">
<tr><th>指標名</th><th>基準値<br>（R元）</th><th>R5目標</th><th>R5実績</th><th>R7目標</th></tr>
<tr><td>放課後児童クラブ待機児童数（人）</td><td>212</td><td>50</td><td>131</td><td>0</td></tr>
</table>
<h3>構成事業（令和5年度決算額）</h3>
<ul class="jigyo">
<li>放課後児童クラブ運営事業 ― 1,532,840千円<span class="ka">［青少年育成課］</span></li>
<li>若者ステップアップ事業 ― 18,250千円<span class="ka">［青少年育成課］</span></li>
</ul>
<p class="comment">所見：支援員の確保が難航し、待機児童の解消が計画より遅れている。</p>
</div>
</details>
</div>

<p class="note">※ 決算額は一般会計分。千円未満切り捨て。</p>
<div class="contact">
<h2>このページに関するお問い合わせ</h2>
<p>総合政策局 行政経営課 評価担当<br>電話：0XX-555-2140　ファクス：0XX-555-2199</p>
</div>
</main>
<footer><ul><li><a href="/sitemap/">サイトマップ</a></li><li><a href="/privacy/">個人情報の取り扱い</a></li></ul>
<p>蒼穹市役所　〒520-0101 雫ヶ峰県蒼穹市中央区本町1丁目1番1号</p><p><small>&copy; Soukyu City.</small></p></footer>
</body>
</html>
'''
write(F,T)
