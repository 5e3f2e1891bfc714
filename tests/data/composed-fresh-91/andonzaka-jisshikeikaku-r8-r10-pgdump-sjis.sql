--
-- PostgreSQL database dump
--

-- Dumped from database version 15.8
-- Dumped by pg_dump version 15.8

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'SJIS';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: keikaku; Type: SCHEMA; Schema: -; Owner: kikaku_admin
--

CREATE SCHEMA keikaku;


ALTER SCHEMA keikaku OWNER TO kikaku_admin;

--
-- Name: SCHEMA keikaku; Type: COMMENT; Schema: -; Owner: kikaku_admin
--

COMMENT ON SCHEMA keikaku IS '第2次行灯坂市総合計画 実施計画（令和8～10年度）管理用';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: m_kihon_mokuhyo; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.m_kihon_mokuhyo (
    kihon_no smallint NOT NULL,
    kihon_nm character varying(100) NOT NULL
);


ALTER TABLE keikaku.m_kihon_mokuhyo OWNER TO kikaku_admin;

--
-- Name: TABLE m_kihon_mokuhyo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.m_kihon_mokuhyo IS '基本目標マスタ';


--
-- Name: COLUMN m_kihon_mokuhyo.kihon_no; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.m_kihon_mokuhyo.kihon_no IS '基本目標番号';


--
-- Name: COLUMN m_kihon_mokuhyo.kihon_nm; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.m_kihon_mokuhyo.kihon_nm IS '基本目標名';


--
-- Name: m_shisaku; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.m_shisaku (
    shisaku_cd character(4) NOT NULL,
    kihon_no smallint NOT NULL,
    shisaku_nm character varying(100) NOT NULL,
    shutanto_ka_cd character(4)
);


ALTER TABLE keikaku.m_shisaku OWNER TO kikaku_admin;

--
-- Name: TABLE m_shisaku; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.m_shisaku IS '施策マスタ';


--
-- Name: COLUMN m_shisaku.shisaku_cd; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.m_shisaku.shisaku_cd IS '施策コード（基本目標番号2桁＋施策番号2桁）';


--
-- Name: COLUMN m_shisaku.shutanto_ka_cd; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.m_shisaku.shutanto_ka_cd IS '主担当課（m_soshiki.ka_cd）';


--
-- Name: m_soshiki; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.m_soshiki (
    ka_cd character(4) NOT NULL,
    bu_nm character varying(40) NOT NULL,
    ka_nm character varying(40) NOT NULL,
    yuko_kaishi date DEFAULT '2026-04-01'::date NOT NULL
);


ALTER TABLE keikaku.m_soshiki OWNER TO kikaku_admin;

--
-- Name: TABLE m_soshiki; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.m_soshiki IS '組織マスタ（令和8年4月1日現在）';


--
-- Name: COLUMN m_soshiki.bu_nm; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.m_soshiki.bu_nm IS '部名';


--
-- Name: COLUMN m_soshiki.ka_nm; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.m_soshiki.ka_nm IS '課名';


--
-- Name: t_jigyo; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.t_jigyo (
    jigyo_id integer NOT NULL,
    shisaku_cd character(4) NOT NULL,
    jigyo_nm character varying(200) NOT NULL,
    tanto_ka_cd character(4) NOT NULL,
    kubun character varying(4),
    gaiyo text
);


ALTER TABLE keikaku.t_jigyo OWNER TO kikaku_admin;

--
-- Name: TABLE t_jigyo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.t_jigyo IS '計画事業';


--
-- Name: COLUMN t_jigyo.kubun; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_jigyo.kubun IS '事業区分（新規・継続・拡充）';


--
-- Name: COLUMN t_jigyo.tanto_ka_cd; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_jigyo.tanto_ka_cd IS '担当課（m_soshiki.ka_cd）';


--
-- Name: t_jigyohi; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.t_jigyohi (
    jigyo_id integer NOT NULL,
    nendo smallint NOT NULL,
    jigyohi integer NOT NULL,
    ippan_zaigen integer
);


ALTER TABLE keikaku.t_jigyohi OWNER TO kikaku_admin;

--
-- Name: TABLE t_jigyohi; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.t_jigyohi IS '計画事業の年度別事業費';


--
-- Name: COLUMN t_jigyohi.nendo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_jigyohi.nendo IS '年度（令和）';


--
-- Name: COLUMN t_jigyohi.jigyohi; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_jigyohi.jigyohi IS '事業費（単位：千円）';


--
-- Name: COLUMN t_jigyohi.ippan_zaigen; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_jigyohi.ippan_zaigen IS 'うち一般財源（単位：千円）';


--
-- Name: t_milestone; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.t_milestone (
    jigyo_id integer NOT NULL,
    nendo smallint NOT NULL,
    naiyo character varying(200) NOT NULL
);


ALTER TABLE keikaku.t_milestone OWNER TO kikaku_admin;

--
-- Name: TABLE t_milestone; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.t_milestone IS '計画事業の主な到達点（マイルストーン）';


--
-- Name: COLUMN t_milestone.nendo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_milestone.nendo IS '年度（令和）';


--
-- Name: t_shihyo; Type: TABLE; Schema: keikaku; Owner: kikaku_admin
--

CREATE TABLE keikaku.t_shihyo (
    shisaku_cd character(4) NOT NULL,
    shihyo_nm character varying(200) NOT NULL,
    tani character varying(20),
    genjo_nendo smallint,
    genjo_chi numeric,
    mokuhyo_nendo smallint,
    mokuhyo_chi numeric
);


ALTER TABLE keikaku.t_shihyo OWNER TO kikaku_admin;

--
-- Name: TABLE t_shihyo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON TABLE keikaku.t_shihyo IS '施策の成果指標';


--
-- Name: COLUMN t_shihyo.genjo_nendo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_shihyo.genjo_nendo IS '現状値の年度（令和）';


--
-- Name: COLUMN t_shihyo.mokuhyo_nendo; Type: COMMENT; Schema: keikaku; Owner: kikaku_admin
--

COMMENT ON COLUMN keikaku.t_shihyo.mokuhyo_nendo IS '目標値の年度（令和）';


--
-- Data for Name: m_kihon_mokuhyo; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.m_kihon_mokuhyo (kihon_no, kihon_nm) FROM stdin;
1	ひとが育ち学びあうまち
2	健やかに支えあうまち
3	活力とにぎわいのあるまち
4	安全で快適に暮らせるまち
\.


--
-- Data for Name: m_shisaku; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.m_shisaku (shisaku_cd, kihon_no, shisaku_nm, shutanto_ka_cd) FROM stdin;
0101	1	子育て支援の充実	0430
0102	1	学校教育の充実	0720
0103	1	生涯学習・文化の振興	0730
0201	2	健康づくりの推進	0420
0202	2	地域福祉の推進	0410
0301	3	商工業の振興	0510
0302	3	観光の振興	0510
0303	3	農業の振興	0520
0401	4	防災・減災の推進	0140
0402	4	道路・交通の整備	0620
0403	4	公園・住環境の整備	0610
\.


--
-- Data for Name: m_soshiki; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.m_soshiki (ka_cd, bu_nm, ka_nm, yuko_kaishi) FROM stdin;
0110	総務部	総務課	2026-04-01
0120	総務部	人事課	2026-04-01
0130	総務部	管財課	2026-04-01
0140	総務部	危機管理課	2026-04-01
0210	企画部	企画政策課	2026-04-01
0220	企画部	財政課	2026-04-01
0310	市民部	市民課	2026-04-01
0320	市民部	文化振興課	2026-04-01
0330	市民部	環境課	2026-04-01
0410	健康福祉部	福祉課	2026-04-01
0420	健康福祉部	健康推進課	2026-04-01
0430	健康福祉部	こども支援課	2026-04-01
0510	産業振興部	商工観光課	2026-04-01
0520	産業振興部	農政課	2026-04-01
0610	都市建設部	都市計画課	2026-04-01
0620	都市建設部	道路課	2026-04-01
0630	都市建設部	建築住宅課	2026-04-01
0710	教育部	教育総務課	2026-04-01
0720	教育部	学校教育課	2026-04-01
0730	教育部	生涯学習課	2026-04-01
0740	教育部	スポーツ振興課	2026-04-01
\.


--
-- Data for Name: t_jigyo; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.t_jigyo (jigyo_id, shisaku_cd, jigyo_nm, tanto_ka_cd, kubun, gaiyo) FROM stdin;
101	0101	こども交流館整備事業	0430	新規	中央地区に子育て支援と児童の居場所の複合施設を整備する。
102	0101	病児保育事業	0430	継続	病児・病後児保育を市内2か所で実施する。
103	0102	小中学校トイレ改修事業	0710	継続	小中学校のトイレの洋式化・乾式化を進める。
104	0102	学校給食センター更新事業	0710	新規	老朽化した給食センターを移転改築する（PFI方式を検討）。
105	0103	市民図書館リニューアル事業	0730	継続	市民図書館の内装・設備を改修し、学習スペースを拡充する。
106	0201	がん検診受診促進事業	0420	継続	個別勧奨と休日検診によりがん検診の受診率向上を図る。
107	0202	地域見守りネットワーク事業	0410	継続	民間事業者と協定を結び、高齢者等の見守りを行う。
108	0301	中心市街地活性化事業	0510	拡充	空き店舗の活用支援と、あんどん通りのにぎわいづくりを行う。
109	0302	行灯坂あかり祭り開催支援事業	0510	継続	行灯坂あかり祭り実行委員会に補助する。
110	0303	農業用施設長寿命化事業	0520	継続	農業用水路・ため池の計画的な補修を行う。
111	0401	防災行政無線デジタル化事業	0140	継続	同報系防災行政無線をデジタル方式に更新する。
112	0402	市道改良事業	0620	継続	幹線市道の拡幅・歩道整備を行う。
113	0402	橋りょう長寿命化事業	0620	継続	橋りょう長寿命化修繕計画に基づき修繕を行う。
114	0403	中央公園再整備事業	0610	拡充	遊具の更新と芝生広場の整備を行う。
115	0403	市営住宅長寿命化事業	0630	継続	市営住宅の外壁・屋上防水の改修を行う。
\.


--
-- Data for Name: t_jigyohi; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.t_jigyohi (jigyo_id, nendo, jigyohi, ippan_zaigen) FROM stdin;
101	8	86000	38600
102	8	21600	11800
103	8	124000	80600
104	8	45000	33700
105	8	18000	6300
106	8	32400	14500
107	8	8600	4700
108	8	26500	17200
109	8	12800	9600
110	8	54000	18900
111	8	168000	75500
112	8	210000	115500
113	8	96000	62400
114	8	40000	30000
115	8	72000	25200
101	9	412000	185300
102	9	21600	11800
103	9	136000	88400
104	9	680000	510000
105	9	156000	54600
106	9	33100	14800
107	9	8600	4700
108	9	24000	15600
109	9	12800	9600
110	9	61000	21300
112	9	225000	123700
113	9	88000	57200
114	9	185000	138700
115	9	65000	22700
101	10	38500	17300
102	10	22400	12300
103	10	98000	63700
104	10	720000	540000
106	10	33800	15200
107	10	9000	4900
108	10	24000	15600
109	10	13500	10100
110	10	48000	16800
112	10	240000	132000
113	10	102000	66300
114	10	160000	120000
115	10	80000	28000
\.


--
-- Data for Name: t_milestone; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.t_milestone (jigyo_id, nendo, naiyo) FROM stdin;
101	10	（仮称）行灯坂市こども交流館　開館
104	10	行灯坂市学校給食センター　建設工事完了（供用開始は令和11年度）
105	9	行灯坂市民図書館　リニューアルオープン
111	8	防災行政無線　デジタル化完了
114	10	行灯坂中央公園　全面供用開始
\.


--
-- Data for Name: t_shihyo; Type: TABLE DATA; Schema: keikaku; Owner: kikaku_admin
--

COPY keikaku.t_shihyo (shisaku_cd, shihyo_nm, tani, genjo_nendo, genjo_chi, mokuhyo_nendo, mokuhyo_chi) FROM stdin;
0101	子育て支援センター利用者数	人	6	18420	10	22000
0102	全国学力・学習状況調査で全国平均以上の教科の割合	％	6	50.0	10	75.0
0103	市民図書館の年間貸出冊数	冊	6	412600	10	480000
0201	特定健康診査受診率	％	6	38.4	10	45.0
0202	見守り協力事業者数	事業者	6	86	10	120
0301	中心市街地の空き店舗数	店舗	6	34	10	25
0302	観光入込客数	千人	6	612	10	700
0303	認定農業者数	人	6	148	10	160
0401	自主防災組織の結成率	％	6	72.5	10	85.0
0402	市道改良率	％	6	61.2	10	64.0
0403	市民1人当たり都市公園面積	㎡	6	9.8	10	10.5
\.


--
-- Name: m_kihon_mokuhyo m_kihon_mokuhyo_pkey; Type: CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.m_kihon_mokuhyo
    ADD CONSTRAINT m_kihon_mokuhyo_pkey PRIMARY KEY (kihon_no);


--
-- Name: m_shisaku m_shisaku_pkey; Type: CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.m_shisaku
    ADD CONSTRAINT m_shisaku_pkey PRIMARY KEY (shisaku_cd);


--
-- Name: m_soshiki m_soshiki_pkey; Type: CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.m_soshiki
    ADD CONSTRAINT m_soshiki_pkey PRIMARY KEY (ka_cd);


--
-- Name: t_jigyo t_jigyo_pkey; Type: CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_jigyo
    ADD CONSTRAINT t_jigyo_pkey PRIMARY KEY (jigyo_id);


--
-- Name: t_jigyohi t_jigyohi_pkey; Type: CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_jigyohi
    ADD CONSTRAINT t_jigyohi_pkey PRIMARY KEY (jigyo_id, nendo);


--
-- Name: t_shihyo t_shihyo_pkey; Type: CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_shihyo
    ADD CONSTRAINT t_shihyo_pkey PRIMARY KEY (shisaku_cd, shihyo_nm);


--
-- Name: m_shisaku m_shisaku_kihon_no_fkey; Type: FK CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.m_shisaku
    ADD CONSTRAINT m_shisaku_kihon_no_fkey FOREIGN KEY (kihon_no) REFERENCES keikaku.m_kihon_mokuhyo(kihon_no);


--
-- Name: t_jigyo t_jigyo_shisaku_cd_fkey; Type: FK CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_jigyo
    ADD CONSTRAINT t_jigyo_shisaku_cd_fkey FOREIGN KEY (shisaku_cd) REFERENCES keikaku.m_shisaku(shisaku_cd);


--
-- Name: t_jigyo t_jigyo_tanto_ka_cd_fkey; Type: FK CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_jigyo
    ADD CONSTRAINT t_jigyo_tanto_ka_cd_fkey FOREIGN KEY (tanto_ka_cd) REFERENCES keikaku.m_soshiki(ka_cd);


--
-- Name: t_jigyohi t_jigyohi_jigyo_id_fkey; Type: FK CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_jigyohi
    ADD CONSTRAINT t_jigyohi_jigyo_id_fkey FOREIGN KEY (jigyo_id) REFERENCES keikaku.t_jigyo(jigyo_id);


--
-- Name: t_milestone t_milestone_jigyo_id_fkey; Type: FK CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_milestone
    ADD CONSTRAINT t_milestone_jigyo_id_fkey FOREIGN KEY (jigyo_id) REFERENCES keikaku.t_jigyo(jigyo_id);


--
-- Name: t_shihyo t_shihyo_shisaku_cd_fkey; Type: FK CONSTRAINT; Schema: keikaku; Owner: kikaku_admin
--

ALTER TABLE ONLY keikaku.t_shihyo
    ADD CONSTRAINT t_shihyo_shisaku_cd_fkey FOREIGN KEY (shisaku_cd) REFERENCES keikaku.m_shisaku(shisaku_cd);


--
-- Name: SCHEMA keikaku; Type: ACL; Schema: -; Owner: kikaku_admin
--

GRANT USAGE ON SCHEMA keikaku TO kikaku_ro;


--
-- PostgreSQL database dump complete
--

