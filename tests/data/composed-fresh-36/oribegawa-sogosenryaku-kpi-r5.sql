-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.4.15    Database: oribegawa_sogo_senryaku
-- ------------------------------------------------------
-- Server version	8.0.36
-- 第2期織部川市まち・ひと・しごと創生総合戦略 KPI進捗管理データ（令和5年度実績反映版）
-- 作成：織部川市企画部企画政策課　2024-08-30

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `基本目標`
--

DROP TABLE IF EXISTS `基本目標`;
CREATE TABLE `基本目標` (
  `目標番号` tinyint NOT NULL,
  `目標名` varchar(200) NOT NULL COMMENT '基本目標の名称',
  PRIMARY KEY (`目標番号`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_ja_0900_as_cs;

LOCK TABLES `基本目標` WRITE;
INSERT INTO `基本目標` VALUES (1,'しごとをつくり、安心して働けるようにする'),(2,'新しいひとの流れをつくる'),(3,'結婚・出産・子育ての希望をかなえる'),(4,'安心して暮らせる魅力的な地域をつくる');
UNLOCK TABLES;

--
-- Table structure for table `施策`
--

DROP TABLE IF EXISTS `施策`;
CREATE TABLE `施策` (
  `施策コード` varchar(8) NOT NULL COMMENT '基本目標-施策',
  `目標番号` tinyint NOT NULL,
  `施策名` varchar(200) NOT NULL,
  `担当課` varchar(50) DEFAULT NULL,
  `評価_R5` char(1) DEFAULT NULL COMMENT '令和5年度の取組に対する評価 A:順調 B:概ね順調 C:遅れ',
  PRIMARY KEY (`施策コード`),
  CONSTRAINT `fk_goal` FOREIGN KEY (`目標番号`) REFERENCES `基本目標` (`目標番号`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `施策` WRITE;
INSERT INTO `施策` VALUES ('1-1',1,'地場産業の競争力強化','商工課','B'),('1-2',1,'農林業の成長産業化','農林課','A'),('2-1',2,'観光交流人口の拡大','観光交流課','A'),('2-2',2,'移住・定住の促進','企画政策課','B'),('3-1',3,'出会い・結婚の支援','こども家庭課','C'),('3-2',3,'子育て環境の充実','こども家庭課','B'),('4-1',4,'地域公共交通の確保','都市計画課','B'),('4-2',4,'地域コミュニティの活性化','市民協働課','C');
UNLOCK TABLES;

--
-- Table structure for table `kpi`
--

DROP TABLE IF EXISTS `kpi`;
CREATE TABLE `kpi` (
  `kpi_id` int NOT NULL,
  `施策コード` varchar(8) NOT NULL,
  `指標名` varchar(200) NOT NULL,
  `単位` varchar(10) DEFAULT NULL,
  `基準年度` smallint DEFAULT NULL COMMENT '西暦年度',
  `基準値` decimal(12,1) DEFAULT NULL,
  `目標年度` smallint DEFAULT NULL,
  `目標値` decimal(12,1) DEFAULT NULL,
  PRIMARY KEY (`kpi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `kpi` WRITE;
INSERT INTO `kpi` VALUES (101,'1-1','製造品出荷額等','億円',2018,1284.0,2024,1400.0),
(102,'1-1','創業支援による創業件数','件',2019,8.0,2024,15.0),
(201,'1-2','農業法人への雇用就農者数','人',2019,6.0,2024,10.0),
(301,'2-1','市内宿泊施設の延べ宿泊者数','人',2019,182000.0,2024,220000.0),
(401,'2-2','移住相談を経た移住者数','人',2019,21.0,2024,60.0),
(501,'3-1','婚姻件数','件',2019,312.0,2024,330.0),
(601,'3-2','子育て環境に満足している保護者の割合','%',2019,61.5,2024,75.0),
(701,'4-1','路線バス・デマンドタクシーの年間利用者数','人',2019,412000.0,2024,420000.0),
(801,'4-2','自治会加入率','%',2019,78.3,2024,80.0);
UNLOCK TABLES;

--
-- Table structure for table `kpi_実績`
--

DROP TABLE IF EXISTS `kpi_実績`;
CREATE TABLE `kpi_実績` (
  `kpi_id` int NOT NULL,
  `年度` smallint NOT NULL COMMENT '西暦年度',
  `区分` enum('実績','見込') NOT NULL DEFAULT '実績',
  `値` decimal(12,1) DEFAULT NULL,
  PRIMARY KEY (`kpi_id`,`年度`),
  CONSTRAINT `fk_kpi` FOREIGN KEY (`kpi_id`) REFERENCES `kpi` (`kpi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `kpi_実績` WRITE;
INSERT INTO `kpi_実績` VALUES (101,2020,'実績',1198.0),(101,2021,'実績',1251.0),(101,2022,'実績',1322.0),(102,2020,'実績',9.0),(102,2021,'実績',11.0),(102,2022,'実績',10.0),(102,2023,'実績',14.0),(102,2024,'見込',15.0),(201,2020,'実績',5.0),(201,2021,'実績',7.0),(201,2022,'実績',9.0),(201,2023,'実績',8.0),(301,2020,'実績',96400.0),(301,2021,'実績',104800.0),(301,2022,'実績',158300.0),(301,2023,'実績',201700.0),(401,2020,'実績',25.0),(401,2021,'実績',31.0),(401,2022,'実績',44.0),(401,2023,'実績',52.0),(401,2024,'見込',58.0),(501,2020,'実績',288.0),(501,2021,'実績',275.0),(501,2022,'実績',281.0),(501,2023,'実績',269.0),(601,2020,'実績',NULL),(601,2021,'実績',66.2),(601,2022,'実績',NULL),(601,2023,'実績',70.8),(701,2020,'実績',301500.0),(701,2021,'実績',322800.0),(701,2022,'実績',356900.0),(701,2023,'実績',371240.0),(801,2020,'実績',77.6),(801,2021,'実績',76.9),(801,2022,'実績',75.8),(801,2023,'実績',75.1);
UNLOCK TABLES;

--
-- Table structure for table `主要事業`
--

DROP TABLE IF EXISTS `主要事業`;
CREATE TABLE `主要事業` (
  `id` int NOT NULL AUTO_INCREMENT,
  `事業名` varchar(200) NOT NULL,
  `施策コード` varchar(8) DEFAULT NULL,
  `年度` smallint NOT NULL COMMENT '西暦年度',
  `区分` varchar(10) DEFAULT NULL COMMENT '決算/当初予算',
  `事業費_千円` int DEFAULT NULL COMMENT '単位：千円',
  `担当課` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `主要事業` WRITE;
INSERT INTO `主要事業` VALUES (1,'創業支援補助金事業','1-1',2023,'決算',12000,'商工課'),(2,'創業支援補助金事業','1-1',2024,'当初予算',15000,'商工課'),(3,'ふるさとワーキングホリデー事業','2-2',2023,'決算',4850,'企画政策課'),(4,'婚活イベント支援事業','3-1',2023,'決算',2200,'こども家庭課'),(5,'バス路線維持補助事業','4-1',2023,'決算',86400,'都市計画課'),(6,'バス路線維持補助事業','4-1',2024,'当初予算',91200,'都市計画課'),(7,'自治会デジタル化支援事業','4-2',2023,'決算',3300,'市民協働課');
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-08-30 17:42:08
