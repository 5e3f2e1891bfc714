from common import *
M='522023'
F='kirarazaka-shuyojigyo-r7.html'
doc(F,M,'雲母坂市',2025)
bud(M,'雲母坂市',2025,'一般会計',48620000000); bud(M,'雲母坂市',2024,'一般会計',47150000000)
J=[('Ⅴ-1-(1)','重層的支援体制整備事業',41280,'福祉総務課','新規'),('Ⅴ-1-(2)','成年後見制度利用支援事業',12950,'福祉総務課',''),
('Ⅴ-2-(1)','通いの場づくり支援事業',8640,'高齢介護課','拡充'),('Ⅴ-2-(2)','認知症初期集中支援事業',6210,'高齢介護課',''),
('Ⅴ-3-(1)','がん検診推進事業',187420,'健康推進課',''),('Ⅴ-3-(2)','休日夜間急病診療所運営事業',96300,'地域医療課',''),
('Ⅵ-1-(1)','公共施設太陽光発電設備導入事業',254000,'環境政策課','新規'),('Ⅵ-1-(1)','住宅省エネ改修補助事業',30000,'環境政策課','拡充'),
('Ⅵ-1-(2)','資源物回収事業',412870,'資源循環課',''),('Ⅵ-1-(2)','クリーンセンター基幹的設備改良事業',1836500,'資源循環課',''),
('Ⅵ-2-(1)','雲母川水質保全事業',5120,'環境政策課',''),('Ⅲ-2-(3)','市道 峠線 道路改良事業',318000,'道路整備課',''),
('Ⅲ-1-(1)','雲母坂駅前広場整備事業',722400,'都市計画課','新規')]
for c,n,a,d,m in J: proj(M,n,2025,a*1000,d)
fac(M,'雲母坂市クリーンセンター'); fac(M,'雲母坂市休日夜間急病診療所')
rows=[]
for i,(c,n,a,d,m) in enumerate(J,1):
    mk=f'<span class="tag {"new" if m=="新規" else "up"}">{m}</span>' if m else ''
    rows.append(f'''      <tr>
        <td class="no">{i}</td>
        <td class="code">{c}</td>
        <td class="name">{n}{mk}</td>
        <td class="amt">{a:,}<br><span class="div">{d}</span></td>
      </tr>''')
R='\n'.join(rows)
T=f'''<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>令和7年度 主要事業一覧 - 雲母坂市</title>
</head>
<body class="page-zaisei">
  <div id="tmp_header">
    <p id="tmp_hlogo"><a href="/"><img src="/img/logo.png" alt="雲母坂市"></a></p>
    <ul id="tmp_hnavi"><li><a href="/lang/">Foreign Language</a></li><li><a href="/moji/">文字サイズ</a></li><li><a href="/yomiage/">読み上げ</a></li></ul>
  </div>
  <div id="tmp_pankuzu"><p><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/zaisei/">財政</a> &gt; <a href="/shisei/zaisei/yosan/">予算</a> &gt; 令和7年度 主要事業一覧</p></div>
  <div id="tmp_contents">
    <h1>令和7年度 主要事業一覧</h1>
    <p>令和7年度当初予算に計上した主要事業のうち、後期基本計画の基本目標Ⅴ「健やかで支え合うまち」、基本目標Ⅵ「豊かな自然と共生するまち」に関連する事業と、都市基盤の主な事業を掲載します。</p>
    <p>一般会計の当初予算額は486億2,000万円で、前年度（471億5,000万円）と比べて3.1％の増となりました。</p>
    <h2>主要事業（一般会計）</h2>
    <table class="datatable" summary="主要事業一覧">
      <caption>令和7年度当初予算　主要事業（単位：千円）</caption>
      <thead>
      <tr>
        <th scope="col">No.</th>
        <th scope="col">施策<br>コード</th>
        <th scope="col">事業名</th>
        <th scope="col">予算額<br>担当課</th>
      </tr>
      </thead>
      <tbody>
{R}
      </tbody>
    </table>
    <ul class="notes">
      <li>施策コードは第6次雲母坂市総合計画 後期基本計画の施策番号です。</li>
      <li>「新規」は令和7年度からの新規事業、「拡充」は内容を拡充した事業です。</li>
      <li>クリーンセンター基幹的設備改良事業は、雲母坂市クリーンセンターの延命化工事（令和7年度～令和9年度の継続費）の初年度分です。</li>
      <li>休日夜間急病診療所運営事業は、雲母坂市休日夜間急病診療所の指定管理料等です。</li>
    </ul>
    <h2>関連資料</h2>
    <ul class="pdf">
      <li><a href="/uploaded/r7_yosan_gaiyo.pdf">令和7年度当初予算の概要（PDF：1,204KB）</a></li>
      <li><a href="/uploaded/r7_shuyojigyo.pdf">令和7年度主要事業説明書（PDF：3,880KB）</a></li>
    </ul>
    <div id="tmp_inquiry">
      <h2>このページに関するお問い合わせ</h2>
      <p>総務部 財政課 予算係<br>〒522-0001 雫ヶ峰県雲母坂市役所通り5番地<br>電話番号：0XX-41-1111（内線2231）</p>
    </div>
  </div>
  <div id="tmp_footer"><p>Copyright &copy; Kirarazaka City. All Rights Reserved.</p></div>
</body>
</html>
'''
write(F,T)
