<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<attribute_registry SHOW_ATTRIBUTES="selected">
<attribute_name NAME="&#x5358;&#x4f4d;">
</attribute_name>
<attribute_name NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;">
</attribute_name>
<attribute_name NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;">
</attribute_name>
</attribute_registry>
<node CREATED="1761559768972" ID="ID_1847049592" MODIFIED="1761565376692" TEXT="&#x7fd4;&#x9db4;&#x5e02;&#x7dcf;&#x5408;&#x8a08;&#x753b;2033 &#x57fa;&#x672c;&#x8a08;&#x753b;&#xff08;&#x4ee4;&#x548c;8&#x5e74;&#x5ea6;&#xff5e;&#x4ee4;&#x548c;15&#x5e74;&#x5ea6;&#xff09;&#x65bd;&#x7b56;&#x4f53;&#x7cfb;">
<font BOLD="true" NAME="SansSerif" SIZE="14"/>
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      &#35336;&#30011;&#26399;&#38291;&#65306;&#20196;&#21644;8&#24180;&#24230;&#65288;2026&#24180;&#24230;&#65289;&#12363;&#12425;&#20196;&#21644;15&#24180;&#24230;&#65288;2033&#24180;&#24230;&#65289;&#12414;&#12391;&#12398;8&#24180;&#38291;&#12290;&#25104;&#26524;&#25351;&#27161;&#12398;&#29694;&#29366;&#20516;&#12399;&#20196;&#21644;6&#24180;&#24230;&#23455;&#32318;&#12289;&#20013;&#38291;&#30446;&#27161;&#12399;&#20196;&#21644;11&#24180;&#24230;&#12289;&#30446;&#27161;&#20516;&#12399;&#35336;&#30011;&#26368;&#32066;&#24180;&#24230;&#12398;&#20196;&#21644;15&#24180;&#24230;&#12398;&#20516;&#12391;&#12377;&#12290;
    </p>
    <p>
      &#20316;&#25104;&#65306;&#32724;&#40372;&#24066;&#32207;&#21209;&#23616; &#25919;&#31574;&#20225;&#30011;&#37096; &#20225;&#30011;&#35519;&#25972;&#35506;
    </p>
  </body>
</html>
</richcontent>
<node CREATED="1761551171996" ID="ID_422616632" MODIFIED="1761560122811" POSITION="right" COLOR="#cc3300" TEXT="&#x57fa;&#x672c;&#x76ee;&#x6a19;1&#x3000;&#x3053;&#x3069;&#x3082;&#x3068;&#x82e5;&#x8005;&#x304c;&#x5922;&#x3092;&#x63cf;&#x3051;&#x308b;&#x307e;&#x3061;">
<edge COLOR="#cc3300" WIDTH="2"/>
<icon BUILTIN="full-1"/>
<node CREATED="1761568536217" ID="ID_1198486984" MODIFIED="1761570934664" TEXT="&#x653f;&#x7b56;1-1&#x3000;&#x5b50;&#x80b2;&#x3066;&#x652f;&#x63f4;&#x306e;&#x5145;&#x5b9f;">
<node CREATED="1761563819669" ID="ID_368811869" MODIFIED="1761567748594" STYLE="bubble" TEXT="&#x65bd;&#x7b56;1-1-1&#x3000;&#x598a;&#x5a20;&#x30fb;&#x51fa;&#x7523;&#x304b;&#x3089;&#x5b50;&#x80b2;&#x3066;&#x307e;&#x3067;&#x306e;&#x5207;&#x308c;&#x76ee;&#x306a;&#x3044;&#x652f;&#x63f4;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#12371;&#12393;&#12418;&#26410;&#26469;&#23616;</p></body></html></richcontent>
<node CREATED="1761547380462" ID="ID_1126440593" MODIFIED="1761554246884" TEXT="&#x7523;&#x5f8c;&#x30b1;&#x30a2;&#x306e;&#x5145;&#x5b9f;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761549311445" ID="ID_1158246301" MODIFIED="1761551390281" TEXT="&#x3053;&#x3069;&#x3082;&#x5bb6;&#x5ead;&#x30bb;&#x30f3;&#x30bf;&#x30fc;&#x306e;&#x6a5f;&#x80fd;&#x5f37;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761568221653" ID="ID_1377237178" MODIFIED="1761570089438" COLOR="#666666" TEXT="&#x3053;&#x306e;&#x5730;&#x57df;&#x3067;&#x5b50;&#x80b2;&#x3066;&#x3092;&#x3057;&#x305f;&#x3044;&#x3068;&#x601d;&#x3046;&#x89aa;&#x306e;&#x5272;&#x5408;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="86.2"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="95.0"/>
</node>
</node>
<node CREATED="1761568547368" ID="ID_140058524" MODIFIED="1761575124730" STYLE="bubble" TEXT="&#x65bd;&#x7b56;1-1-2&#x3000;&#x4fdd;&#x80b2;&#x30fb;&#x5e7c;&#x5150;&#x6559;&#x80b2;&#x306e;&#x5145;&#x5b9f;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#12371;&#12393;&#12418;&#26410;&#26469;&#23616;</p></body></html></richcontent>
<node CREATED="1761553200927" ID="ID_451253713" MODIFIED="1761558465443" TEXT="&#x5f85;&#x6a5f;&#x5150;&#x7ae5;&#x5bfe;&#x7b56;&#x306e;&#x63a8;&#x9032;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761545882331" ID="ID_184351261" MODIFIED="1761547091131" TEXT="&#x4fdd;&#x80b2;&#x4eba;&#x6750;&#x306e;&#x78ba;&#x4fdd;&#x30fb;&#x5b9a;&#x7740;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761553597037" ID="ID_569724109" MODIFIED="1761562158266" COLOR="#666666" TEXT="&#x4fdd;&#x80b2;&#x6240;&#x7b49;&#x5f85;&#x6a5f;&#x5150;&#x7ae5;&#x6570;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x4eba;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="12"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="0"/>
</node>
</node>
</node>
<node CREATED="1761562693311" ID="ID_1230833212" MODIFIED="1761565040180" TEXT="&#x653f;&#x7b56;1-2&#x3000;&#x5b66;&#x3073;&#x306e;&#x5145;&#x5b9f;">
<node CREATED="1761568464047" ID="ID_758404841" MODIFIED="1761569400757" STYLE="bubble" TEXT="&#x65bd;&#x7b56;1-2-1&#x3000;&#x78ba;&#x304b;&#x306a;&#x5b66;&#x529b;&#x3068;&#x8c4a;&#x304b;&#x306a;&#x5fc3;&#x306e;&#x80b2;&#x6210;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#25945;&#32946;&#22996;&#21729;&#20250;&#20107;&#21209;&#23616;</p></body></html></richcontent>
<node CREATED="1761567934217" ID="ID_211924593" MODIFIED="1761571446243" TEXT="ICT&#x3092;&#x6d3b;&#x7528;&#x3057;&#x305f;&#x500b;&#x5225;&#x6700;&#x9069;&#x306a;&#x5b66;&#x3073;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761555344995" ID="ID_1595051372" MODIFIED="1761559575369" TEXT="&#x4e0d;&#x767b;&#x6821;&#x5150;&#x7ae5;&#x751f;&#x5f92;&#x3078;&#x306e;&#x652f;&#x63f4;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761581079010" ID="ID_1895243307" MODIFIED="1761582333515" COLOR="#666666" TEXT="&#x6388;&#x696d;&#x304c;&#x308f;&#x304b;&#x308b;&#x3068;&#x7b54;&#x3048;&#x305f;&#x5150;&#x7ae5;&#x751f;&#x5f92;&#x306e;&#x5272;&#x5408;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="78.4"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="85.0"/>
</node>
</node>
</node>
</node>
<node CREATED="1761546326682" ID="ID_1548296275" MODIFIED="1761551067405" POSITION="right" COLOR="#006699" TEXT="&#x57fa;&#x672c;&#x76ee;&#x6a19;2&#x3000;&#x5065;&#x3084;&#x304b;&#x3067;&#x5b89;&#x5fc3;&#x3057;&#x3066;&#x66ae;&#x3089;&#x305b;&#x308b;&#x307e;&#x3061;">
<edge COLOR="#006699" WIDTH="2"/>
<icon BUILTIN="full-2"/>
<node CREATED="1761568635679" ID="ID_720686919" MODIFIED="1761569534643" TEXT="&#x653f;&#x7b56;2-1&#x3000;&#x5065;&#x5eb7;&#x3065;&#x304f;&#x308a;&#x3068;&#x5730;&#x57df;&#x533b;&#x7642;">
<node CREATED="1761581187080" ID="ID_1565087761" MODIFIED="1761587342187" STYLE="bubble" TEXT="&#x65bd;&#x7b56;2-1-1&#x3000;&#x751f;&#x6daf;&#x3092;&#x901a;&#x3058;&#x305f;&#x5065;&#x5eb7;&#x3065;&#x304f;&#x308a;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#20581;&#24247;&#31119;&#31049;&#23616;</p></body></html></richcontent>
<node CREATED="1761574601017" ID="ID_723625039" MODIFIED="1761574994254" TEXT="&#x30d5;&#x30ec;&#x30a4;&#x30eb;&#x4e88;&#x9632;&#x306e;&#x63a8;&#x9032;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761568225463" ID="ID_1012349092" MODIFIED="1761573536156" TEXT="&#x304c;&#x3093;&#x691c;&#x8a3a;&#x306e;&#x53d7;&#x8a3a;&#x7387;&#x5411;&#x4e0a;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761558358583" ID="ID_789317759" MODIFIED="1761559519613" COLOR="#666666" TEXT="&#x5065;&#x5eb7;&#x5bff;&#x547d;&#xff08;&#x5973;&#x6027;&#xff09;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x5e74;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="75.1"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="76.5"/>
</node>
</node>
</node>
<node CREATED="1761557520211" ID="ID_1822169082" MODIFIED="1761565387067" TEXT="&#x653f;&#x7b56;2-2&#x3000;&#x5730;&#x57df;&#x798f;&#x7949;">
<node CREATED="1761555221467" ID="ID_1555565414" MODIFIED="1761557506193" STYLE="bubble" TEXT="&#x65bd;&#x7b56;2-2-1&#x3000;&#x5730;&#x57df;&#x5171;&#x751f;&#x793e;&#x4f1a;&#x306e;&#x5b9f;&#x73fe;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#20581;&#24247;&#31119;&#31049;&#23616;</p></body></html></richcontent>
<node CREATED="1761574416173" ID="ID_1282889681" MODIFIED="1761581952698" TEXT="&#x91cd;&#x5c64;&#x7684;&#x652f;&#x63f4;&#x4f53;&#x5236;&#x306e;&#x6574;&#x5099;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761559005260" ID="ID_1196698888" MODIFIED="1761561993078" TEXT="&#x5730;&#x57df;&#x798f;&#x7949;&#x6d3b;&#x52d5;&#x306e;&#x62c5;&#x3044;&#x624b;&#x80b2;&#x6210;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761568009384" ID="ID_1878457315" MODIFIED="1761575039305" COLOR="#666666" TEXT="&#x5730;&#x57df;&#x306e;&#x652f;&#x3048;&#x5408;&#x3044;&#x6d3b;&#x52d5;&#x306b;&#x53c2;&#x52a0;&#x3057;&#x3066;&#x3044;&#x308b;&#x5e02;&#x6c11;&#x306e;&#x5272;&#x5408;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="21.3"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="30.0"/>
</node>
</node>
</node>
</node>
<node CREATED="1761550879527" ID="ID_1378733354" MODIFIED="1761557538892" POSITION="right" COLOR="#338800" TEXT="&#x57fa;&#x672c;&#x76ee;&#x6a19;3&#x3000;&#x6d3b;&#x529b;&#x3068;&#x4ea4;&#x6d41;&#x304c;&#x3042;&#x3075;&#x308c;&#x308b;&#x307e;&#x3061;">
<edge COLOR="#338800" WIDTH="2"/>
<icon BUILTIN="full-3"/>
<node CREATED="1761559259383" ID="ID_1499356256" MODIFIED="1761567544248" TEXT="&#x653f;&#x7b56;3-1&#x3000;&#x7523;&#x696d;&#x632f;&#x8208;">
<node CREATED="1761550293114" ID="ID_1414574234" MODIFIED="1761558639041" STYLE="bubble" TEXT="&#x65bd;&#x7b56;3-1-1&#x3000;&#x4e2d;&#x5c0f;&#x4f01;&#x696d;&#x306e;&#x6210;&#x9577;&#x652f;&#x63f4;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#32076;&#28168;&#35251;&#20809;&#23616;</p></body></html></richcontent>
<node CREATED="1761567197636" ID="ID_1674319806" MODIFIED="1761574207519" TEXT="&#x4e2d;&#x5c0f;&#x4f01;&#x696d;&#x306e;DX&#x652f;&#x63f4;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761551959073" ID="ID_768986031" MODIFIED="1761557558334" TEXT="&#x4e8b;&#x696d;&#x627f;&#x7d99;&#x306e;&#x652f;&#x63f4;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761552469920" ID="ID_784445978" MODIFIED="1761558412200" COLOR="#666666" TEXT="&#x5e02;&#x5185;&#x4e8b;&#x696d;&#x6240;&#x306e;&#x5f93;&#x696d;&#x8005;&#x6570;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x4e07;&#x4eba;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="58.2"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="60.0"/>
</node>
</node>
<node CREATED="1761570881332" ID="ID_883486079" MODIFIED="1761574963003" STYLE="bubble" TEXT="&#x65bd;&#x7b56;3-1-2&#x3000;&#x65b0;&#x305f;&#x306a;&#x7523;&#x696d;&#x306e;&#x5275;&#x51fa;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#32076;&#28168;&#35251;&#20809;&#23616;</p></body></html></richcontent>
<node CREATED="1761582632895" ID="ID_643673267" MODIFIED="1761586088828" TEXT="&#x30b9;&#x30bf;&#x30fc;&#x30c8;&#x30a2;&#x30c3;&#x30d7;&#x306e;&#x5275;&#x51fa;&#x30fb;&#x80b2;&#x6210;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761562906956" ID="ID_445842120" MODIFIED="1761568280684" TEXT="&#x4f01;&#x696d;&#x8a98;&#x81f4;&#x306e;&#x63a8;&#x9032;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761575601327" ID="ID_1034963694" MODIFIED="1761575691341" COLOR="#666666" TEXT="&#x5e02;&#x306e;&#x652f;&#x63f4;&#x306b;&#x3088;&#x308b;&#x30b9;&#x30bf;&#x30fc;&#x30c8;&#x30a2;&#x30c3;&#x30d7;&#x5275;&#x51fa;&#x6570;&#xff08;&#x7d2f;&#x8a08;&#xff09;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x793e;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="14"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="120"/>
</node>
</node>
</node>
<node CREATED="1761575910087" ID="ID_938973362" MODIFIED="1761577357457" TEXT="&#x653f;&#x7b56;3-2&#x3000;&#x6e2f;&#x6e7e;&#x30fb;&#x89b3;&#x5149;">
<node CREATED="1761555052654" ID="ID_1902367665" MODIFIED="1761558607313" STYLE="bubble" TEXT="&#x65bd;&#x7b56;3-2-1&#x3000;&#x56fd;&#x969b;&#x7269;&#x6d41;&#x62e0;&#x70b9;&#x3068;&#x3057;&#x3066;&#x306e;&#x6e2f;&#x6e7e;&#x6a5f;&#x80fd;&#x306e;&#x5f37;&#x5316;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#28207;&#28286;&#23616;</p></body></html></richcontent>
<node CREATED="1761576324864" ID="ID_1500309881" MODIFIED="1761579798911" TEXT="&#x6e2f;&#x6e7e;&#x7269;&#x6d41;&#x306e;DX"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761572492278" ID="ID_362825106" MODIFIED="1761578008380" TEXT="&#x30b3;&#x30f3;&#x30c6;&#x30ca;&#x30bf;&#x30fc;&#x30df;&#x30ca;&#x30eb;&#x306e;&#x6a5f;&#x80fd;&#x5f37;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761566099265" ID="ID_1571175861" MODIFIED="1761573425581" COLOR="#666666" TEXT="&#x30b3;&#x30f3;&#x30c6;&#x30ca;&#x53d6;&#x6271;&#x91cf;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x4e07;TEU"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="86.4"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="105.0"/>
</node>
</node>
<node CREATED="1761560153335" ID="ID_1179571717" MODIFIED="1761565065005" STYLE="bubble" TEXT="&#x65bd;&#x7b56;3-2-2&#x3000;&#x89b3;&#x5149;&#x30fb;MICE&#x3068;&#x307f;&#x306a;&#x3068;&#x306e;&#x306b;&#x304e;&#x308f;&#x3044;&#x3065;&#x304f;&#x308a;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#32076;&#28168;&#35251;&#20809;&#23616;</p></body></html></richcontent>
<node CREATED="1761574649101" ID="ID_274053790" MODIFIED="1761579553503" TEXT="&#x30af;&#x30eb;&#x30fc;&#x30ba;&#x5ba2;&#x8239;&#x306e;&#x8a98;&#x81f4;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761569521645" ID="ID_495663937" MODIFIED="1761572087563" TEXT="MICE&#x306e;&#x8a98;&#x81f4;&#x63a8;&#x9032;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761552851462" ID="ID_1830412990" MODIFIED="1761555787243" COLOR="#666666" TEXT="&#x89b3;&#x5149;&#x5165;&#x8fbc;&#x5ba2;&#x6570;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x4e07;&#x4eba;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="2,412"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="3,000"/>
</node>
</node>
</node>
</node>
<node CREATED="1761561158350" ID="ID_524199594" MODIFIED="1761562165960" POSITION="left" COLOR="#996600" TEXT="&#x57fa;&#x672c;&#x76ee;&#x6a19;4&#x3000;&#x5b89;&#x5168;&#x3067;&#x5feb;&#x9069;&#x306b;&#x66ae;&#x3089;&#x305b;&#x308b;&#x90fd;&#x5e02;">
<edge COLOR="#996600" WIDTH="2"/>
<icon BUILTIN="full-4"/>
<node CREATED="1761543464563" ID="ID_1442274062" MODIFIED="1761550225666" TEXT="&#x653f;&#x7b56;4-1&#x3000;&#x9632;&#x707d;&#x30fb;&#x6e1b;&#x707d;">
<node CREATED="1761581415336" ID="ID_310026309" MODIFIED="1761581968865" STYLE="bubble" TEXT="&#x65bd;&#x7b56;4-1-1&#x3000;&#x5730;&#x57df;&#x9632;&#x707d;&#x529b;&#x306e;&#x5411;&#x4e0a;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#21361;&#27231;&#31649;&#29702;&#23460;</p></body></html></richcontent>
<node CREATED="1761572818302" ID="ID_673020850" MODIFIED="1761574576094" TEXT="&#x81ea;&#x4e3b;&#x9632;&#x707d;&#x7d44;&#x7e54;&#x306e;&#x6d3b;&#x6027;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761567086231" ID="ID_804196297" MODIFIED="1761568518963" TEXT="&#x907f;&#x96e3;&#x6240;&#x74b0;&#x5883;&#x306e;&#x6539;&#x5584;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761574899809" ID="ID_1455460562" MODIFIED="1761575748966" COLOR="#666666" TEXT="&#x81ea;&#x4e3b;&#x9632;&#x707d;&#x7d44;&#x7e54;&#x306e;&#x8a13;&#x7df4;&#x5b9f;&#x65bd;&#x7387;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="62.0"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="90.0"/>
</node>
</node>
<node CREATED="1761577617122" ID="ID_663040634" MODIFIED="1761581482615" STYLE="bubble" TEXT="&#x65bd;&#x7b56;4-1-2&#x3000;&#x6d78;&#x6c34;&#x30fb;&#x5730;&#x9707;&#x5bfe;&#x7b56;&#x306e;&#x63a8;&#x9032;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#37117;&#24066;&#25972;&#20633;&#23616;</p></body></html></richcontent>
<node CREATED="1761562764467" ID="ID_1820116143" MODIFIED="1761563796911" TEXT="&#x96e8;&#x6c34;&#x5e79;&#x7dda;&#x306e;&#x6574;&#x5099;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761558310007" ID="ID_1884421755" MODIFIED="1761560247250" TEXT="&#x6728;&#x9020;&#x4f4f;&#x5b85;&#x306e;&#x8010;&#x9707;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761547482726" ID="ID_640264478" MODIFIED="1761547804511" COLOR="#666666" TEXT="&#x4f4f;&#x5b85;&#x306e;&#x8010;&#x9707;&#x5316;&#x7387;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="91.2"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="98.0"/>
</node>
</node>
<node CREATED="1761546048130" ID="ID_367454208" MODIFIED="1761553167771" STYLE="bubble" TEXT="&#x65bd;&#x7b56;4-1-3&#x3000;&#x90fd;&#x5e02;&#x30a4;&#x30f3;&#x30d5;&#x30e9;&#x306e;&#x9069;&#x5207;&#x306a;&#x7dad;&#x6301;&#x7ba1;&#x7406;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#24314;&#35373;&#23616;</p></body></html></richcontent>
<node CREATED="1761555759132" ID="ID_1695593773" MODIFIED="1761555983125" TEXT="&#x6a4b;&#x308a;&#x3087;&#x3046;&#x306e;&#x9577;&#x5bff;&#x547d;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761570248631" ID="ID_1187233788" MODIFIED="1761577786344" TEXT="&#x6e2f;&#x6e7e;&#x65bd;&#x8a2d;&#x306e;&#x8001;&#x673d;&#x5316;&#x5bfe;&#x7b56;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761563974718" ID="ID_318671629" MODIFIED="1761569910405" COLOR="#666666" TEXT="&#x65e9;&#x671f;&#x306b;&#x63aa;&#x7f6e;&#x304c;&#x5fc5;&#x8981;&#x306a;&#x6a4b;&#x308a;&#x3087;&#x3046;&#x306e;&#x4fee;&#x7e55;&#x5b8c;&#x4e86;&#x7387;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="48.0"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="100.0"/>
</node>
</node>
</node>
<node CREATED="1761550209755" ID="ID_1304371915" MODIFIED="1761552393023" TEXT="&#x653f;&#x7b56;4-2&#x3000;&#x90fd;&#x5e02;&#x3065;&#x304f;&#x308a;&#x3068;&#x4ea4;&#x901a;">
<node CREATED="1761579500817" ID="ID_1291942349" MODIFIED="1761588013821" STYLE="bubble" TEXT="&#x65bd;&#x7b56;4-2-1&#x3000;&#x62e0;&#x70b9;&#x5e02;&#x8857;&#x5730;&#x306e;&#x5f62;&#x6210;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#37117;&#24066;&#25972;&#20633;&#23616;</p></body></html></richcontent>
<node CREATED="1761553610689" ID="ID_921445637" MODIFIED="1761559923435" TEXT="&#x7fd4;&#x9db4;&#x99c5;&#x897f;&#x53e3;&#x5730;&#x533a;&#x306e;&#x518d;&#x958b;&#x767a;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761551317751" ID="ID_303368711" MODIFIED="1761558962021" TEXT="&#x7acb;&#x5730;&#x9069;&#x6b63;&#x5316;&#x306e;&#x63a8;&#x9032;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761563960698" ID="ID_239566757" MODIFIED="1761564573208" COLOR="#666666" TEXT="&#x90fd;&#x5e02;&#x6a5f;&#x80fd;&#x8a98;&#x5c0e;&#x533a;&#x57df;&#x5185;&#x306e;&#x4eba;&#x53e3;&#x5bc6;&#x5ea6;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x4eba;/ha"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="92.4"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="94.0"/>
</node>
</node>
</node>
</node>
<node CREATED="1761575911048" ID="ID_1354513180" MODIFIED="1761575988441" POSITION="left" COLOR="#663399" TEXT="&#x57fa;&#x672c;&#x76ee;&#x6a19;5&#x3000;&#x74b0;&#x5883;&#x3068;&#x5171;&#x751f;&#x3057;&#x672a;&#x6765;&#x3078;&#x3064;&#x306a;&#x3050;&#x307e;&#x3061;">
<edge COLOR="#663399" WIDTH="2"/>
<icon BUILTIN="full-5"/>
<node CREATED="1761547461760" ID="ID_332290792" MODIFIED="1761550259368" FOLDED="true" TEXT="&#x653f;&#x7b56;5-1&#x3000;&#x8131;&#x70ad;&#x7d20;&#x793e;&#x4f1a;&#x306e;&#x5b9f;&#x73fe;">
<node CREATED="1761558424515" ID="ID_940518347" MODIFIED="1761565619860" STYLE="bubble" TEXT="&#x65bd;&#x7b56;5-1-1&#x3000;&#x5e02;&#x57df;&#x306e;&#x8131;&#x70ad;&#x7d20;&#x5316;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#29872;&#22659;&#23616;</p></body></html></richcontent>
<node CREATED="1761579078126" ID="ID_1015569015" MODIFIED="1761583103075" TEXT="&#x8131;&#x70ad;&#x7d20;&#x5148;&#x884c;&#x5730;&#x57df;&#x3065;&#x304f;&#x308a;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761575943962" ID="ID_462382538" MODIFIED="1761583153593" TEXT="&#x518d;&#x751f;&#x53ef;&#x80fd;&#x30a8;&#x30cd;&#x30eb;&#x30ae;&#x30fc;&#x306e;&#x5c0e;&#x5165;&#x62e1;&#x5927;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761545879537" ID="ID_661045263" MODIFIED="1761554625653" COLOR="#666666" TEXT="&#x5e02;&#x57df;&#x306e;&#x6e29;&#x5ba4;&#x52b9;&#x679c;&#x30ac;&#x30b9;&#x6392;&#x51fa;&#x91cf;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x4e07;t-CO2"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="1,128"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="640"/>
</node>
</node>
<node CREATED="1761579094940" ID="ID_1124618132" MODIFIED="1761584516863" STYLE="bubble" TEXT="&#x65bd;&#x7b56;5-1-2&#x3000;&#x30ab;&#x30fc;&#x30dc;&#x30f3;&#x30cb;&#x30e5;&#x30fc;&#x30c8;&#x30e9;&#x30eb;&#x30dd;&#x30fc;&#x30c8;&#x306e;&#x5f62;&#x6210;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#28207;&#28286;&#23616;</p></body></html></richcontent>
<node CREATED="1761580135132" ID="ID_1255211004" MODIFIED="1761580932022" TEXT="&#x6e2f;&#x6e7e;&#x5730;&#x57df;&#x306e;&#x8131;&#x70ad;&#x7d20;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761582604837" ID="ID_1713356742" MODIFIED="1761588575392" TEXT="&#x8377;&#x5f79;&#x6a5f;&#x68b0;&#x306e;&#x96fb;&#x52d5;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761570319293" ID="ID_1988030239" MODIFIED="1761575965536" COLOR="#666666" TEXT="&#x6e2f;&#x6e7e;&#x5730;&#x57df;&#x306e;CO2&#x6392;&#x51fa;&#x91cf;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#x5343;t-CO2"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="318"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="180"/>
</node>
</node>
</node>
<node CREATED="1761565131650" ID="ID_118111188" MODIFIED="1761568230720" FOLDED="true" TEXT="&#x653f;&#x7b56;5-2&#x3000;&#x30c7;&#x30b8;&#x30bf;&#x30eb;&#x3067;&#x4fbf;&#x5229;&#x306a;&#x5e02;&#x5f79;&#x6240;">
<node CREATED="1761582963244" ID="ID_150631954" MODIFIED="1761584805051" STYLE="bubble" TEXT="&#x65bd;&#x7b56;5-2-1&#x3000;&#x884c;&#x653f;&#x306e;&#x30c7;&#x30b8;&#x30bf;&#x30eb;&#x5316;">
<richcontent TYPE="NOTE"><html><head></head><body><p>&#20027;&#25285;&#24403;&#65306;&#32207;&#21209;&#23616;</p></body></html></richcontent>
<node CREATED="1761552379709" ID="ID_1531318818" MODIFIED="1761557764374" TEXT="&#x884c;&#x653f;&#x624b;&#x7d9a;&#x306e;&#x30aa;&#x30f3;&#x30e9;&#x30a4;&#x30f3;&#x5316;"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761560625355" ID="ID_1254318596" MODIFIED="1761560633855" TEXT="&#x7a93;&#x53e3;&#x306e;DX"><icon BUILTIN="button_ok"/></node>
<node CREATED="1761567327028" ID="ID_850235220" MODIFIED="1761569121858" COLOR="#666666" TEXT="&#x30aa;&#x30f3;&#x30e9;&#x30a4;&#x30f3;&#x3067;&#x7533;&#x8acb;&#x3067;&#x304d;&#x308b;&#x624b;&#x7d9a;&#x306e;&#x5272;&#x5408;">
<icon BUILTIN="bookmark"/>
<attribute NAME="&#x5358;&#x4f4d;" VALUE="&#xff05;"/>
<attribute NAME="&#x73fe;&#x72b6;&#x5024;&#xff08;R6&#xff09;" VALUE="46.0"/>
<attribute NAME="&#x76ee;&#x6a19;&#x5024;&#xff08;R15&#xff09;" VALUE="100.0"/>
</node>
</node>
</node>
</node>
</node>
</map>
