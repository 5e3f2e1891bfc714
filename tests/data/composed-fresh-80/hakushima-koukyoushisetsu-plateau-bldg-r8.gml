<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gml="http://www.opengis.net/gml" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd">
	<gml:description>箔島市 公共施設（建物）抽出データ 令和8年4月1日時点 ― 都市計画基本図（2024年）及び公共施設等総合管理計画 施設台帳より作成</gml:description>
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
			<gml:lowerCorner>36.69240000 136.90180000 0</gml:lowerCorner>
			<gml:upperCorner>36.73240000 136.96180000 48.2</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_6c340f25-839e-6acd-c734-14517203f5f0">
			<gml:name>箔島市役所本庁舎</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0103</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>庁舎</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>総務部 管財課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">421</bldg:usage>
			<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">27.4</bldg:measuredHeight>
			<bldg:storeysAboveGround>6</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>1</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70376320 136.90813594 54.964 36.70413809 136.90813594 54.964 36.70413809 136.90855378 54.964 36.70376320 136.90855378 54.964 36.70376320 136.90813594 54.964</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">18420.6</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1063</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_a26398dc-a6f4-7b49-876c-baffbc9954f9">
			<gml:name>箔島市民会館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0110</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="愛称">
				<gen:value>はくしまアートホール</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>文化施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>市民部 文化振興課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">21.8</bldg:measuredHeight>
			<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70137816 136.90907082 28.461 36.70191018 136.90907082 28.461 36.70191018 136.90995148 28.461 36.70137816 136.90995148 28.461 36.70137816 136.90907082 28.461</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">9864.2</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1087</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_d6ef5f7f-a914-c199-31a5-5bb262ec879c">
			<gml:name>箔島市立中央図書館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0117</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>社会教育施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 生涯学習課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">14.2</bldg:measuredHeight>
			<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70334870 136.94140390 19.708 36.70380290 136.94140390 19.708 36.70380290 136.94176075 19.708 36.70334870 136.94176075 19.708 36.70334870 136.94140390 19.708</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">5210.4</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1114</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_fd06b8ea-02fe-5b1c-2496-fe1700e9d16c">
			<core:creationDate>2025-03-24</core:creationDate>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
			<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.69859962 136.91357046 31.119 36.69912195 136.91357046 31.119 36.69912195 136.91440077 31.119 36.69859962 136.91440077 31.119 36.69859962 136.91357046 31.119</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">182.4</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1133</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_47a65822-9eb2-368a-99f1-d032c8848542">
			<gml:name>箔島市総合体育館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0124</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>本館</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="愛称">
				<gen:value>きらりアリーナ箔島</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>スポーツ施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 スポーツ課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">18.6</bldg:measuredHeight>
			<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71612373 136.93583958 26.851 36.71667921 136.93583958 26.851 36.71667921 136.93631589 26.851 36.71612373 136.93631589 26.851 36.71612373 136.93583958 26.851</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">11250.0</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1136</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_a3fb4fbf-9a6f-9cf0-9166-aa9c20cbc1ad">
			<gml:name>箔島市総合体育館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0124</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>サブアリーナ棟</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="愛称">
				<gen:value>きらりアリーナ箔島</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>スポーツ施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 スポーツ課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.72675645 136.93269153 25.891 36.72738253 136.93269153 25.891 36.72738253 136.93364352 25.891 36.72675645 136.93364352 25.891 36.72675645 136.93269153 25.891</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">3280.5</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1165</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_83f97f48-2529-0be4-cb79-4ec6a234595f">
			<gml:name>箔島市保健センター</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0131</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>保健福祉施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>健康福祉部 健康増進課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">421</bldg:usage>
			<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">9.8</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71050804 136.95116298 26.617 36.71117861 136.95116298 26.617 36.71117861 136.95199521 26.617 36.71050804 136.95199521 26.617 36.71050804 136.95116298 26.617</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">2140.5</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1177</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_491442df-5f88-c6aa-018e-86dac21d3606">
			<core:creationDate>2025-03-24</core:creationDate>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
			<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">9.4</bldg:measuredHeight>
			<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71477364 136.90929364 32.502 36.71539414 136.90929364 32.502 36.71539414 136.91002417 32.502 36.71477364 136.91002417 32.502 36.71477364 136.90929364 32.502</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">640.2</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1203</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_81dc9bdb-52d0-4dc2-0036-dbd8313ed055">
			<gml:name>箔島市金箔工芸館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0138</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="愛称">
				<gen:value>きらめき館</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>観光施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>産業部 観光交流課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">10.4</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.72465978 136.94502781 15.140 36.72532850 136.94502781 15.140 36.72532850 136.94576279 15.140 36.72465978 136.94576279 15.140 36.72465978 136.94502781 15.140</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">1685.3</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1234</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_cd758e8f-59df-df06-a852-adad277986ca">
			<gml:name>箔島市東公民館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0145</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>社会教育施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 生涯学習課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.72366340 136.95404349 15.191 36.72394512 136.95404349 15.191 36.72394512 136.95463807 15.191 36.72366340 136.95463807 15.191 36.72366340 136.95404349 15.191</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">1204.0</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1257</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_bb04af0f-7eca-ee4a-ae62-035497da1387">
			<gml:name>箔島市西公民館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0152</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>社会教育施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 生涯学習課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">8.9</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70854957 136.95352370 14.008 36.70876423 136.95352370 14.008 36.70876423 136.95433831 14.008 36.70854957 136.95433831 14.008 36.70854957 136.95352370 14.008</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">1318.7</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1275</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_70222949-cc0d-b89a-b32c-9969754d4758">
			<core:creationDate>2025-03-24</core:creationDate>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
			<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">4.2</bldg:measuredHeight>
			<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71535207 136.95137471 13.696 36.71567311 136.95137471 13.696 36.71567311 136.95212545 13.696 36.71535207 136.95212545 13.696 36.71535207 136.95137471 13.696</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">96.0</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1290</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_01e9565c-ecc4-e989-123f-9620c1d09c09">
			<gml:name>箔島市こども館</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0159</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="愛称">
				<gen:value>はくっこひろば</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>子育て支援施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>こども未来部 こども政策課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">9.1</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71721047 136.95556175 31.640 36.71747416 136.95556175 31.640 36.71747416 136.95586841 31.640 36.71721047 136.95586841 31.640 36.71721047 136.95556175 31.640</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">1422.8</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1329</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_0e3a37aa-85a1-4e35-9df7-4fa77eded3f6">
			<gml:name>箔島市清掃センター</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0166</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>環境施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>市民部 環境課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
			<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">32.5</bldg:measuredHeight>
			<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71706424 136.92017233 59.801 36.71768660 136.92017233 59.801 36.71768660 136.92109326 59.801 36.71706424 136.92109326 59.801 36.71706424 136.92017233 59.801</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">6740.0</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1369</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_46771d1f-432b-4234-3f56-f791422a4991">
			<gml:name>箔島市斎場</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0173</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>斎場</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>市民部 市民課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">421</bldg:usage>
			<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
			<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70061399 136.93666257 24.854 36.70132356 136.93666257 24.854 36.70132356 136.93751166 24.854 36.70061399 136.93751166 24.854 36.70061399 136.93666257 24.854</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">1860.4</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1407</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_8fb5f8be-2aa9-d6c6-4a04-e3ab9f63feee">
			<core:creationDate>2025-03-24</core:creationDate>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
			<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">6.8</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70910166 136.91425167 20.169 36.70982782 136.91425167 20.169 36.70982782 136.91477877 20.169 36.70910166 136.91477877 20.169 36.70910166 136.91425167 20.169</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">214.7</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1443</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_4dcae38e-e11d-3a66-06cc-6cd636a3628b">
			<gml:name>箔島市営住宅港町団地</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0180</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>公営住宅</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>建設部 建築住宅課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
			<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">14.8</bldg:measuredHeight>
			<bldg:storeysAboveGround>5</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>1</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70013105 136.94896061 20.930 36.70057109 136.94896061 20.930 36.70057109 136.94980404 20.930 36.70013105 136.94980404 20.930 36.70013105 136.94896061 20.930</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">5480.0</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1458</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_e816c635-cad8-5a60-fabd-6b97b03cbcc9">
			<gml:name>箔島市立箔島東小学校</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0187</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>本館</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>学校</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 教育総務課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">13.5</bldg:measuredHeight>
			<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70574600 136.91578036 23.835 36.70649483 136.91578036 23.835 36.70649483 136.91663856 23.835 36.70574600 136.91663856 23.835 36.70574600 136.91578036 23.835</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">6120.9</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1480</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_2b3bf3ee-e247-5e03-885a-110e9acaab61">
			<gml:name>箔島市立箔島東小学校</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0187</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>屋内運動場</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>学校</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>教育部 教育総務課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">11.2</bldg:measuredHeight>
			<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.72176517 136.93380267 14.726 36.72253766 136.93380267 14.726 36.72253766 136.93438849 14.726 36.72176517 136.93438849 14.726 36.72176517 136.93380267 14.726</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">980.0</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1513</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_cb8acb1d-c982-1bf7-4e6c-a9068032d623">
			<core:creationDate>2025-03-24</core:creationDate>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">403</bldg:usage>
			<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">13.0</bldg:measuredHeight>
			<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.70041784 136.94813536 22.031 36.70104561 136.94813536 22.031 36.70104561 136.94905206 22.031 36.70041784 136.94905206 22.031 36.70041784 136.94813536 22.031</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">1480.5</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1530</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_d010396c-a8ab-f6ea-d8ca-cc2c2f2f26c7">
			<gml:name>箔島市消防庁舎</gml:name>
			<core:creationDate>2025-03-24</core:creationDate>
			<gen:stringAttribute name="施設台帳番号">
				<gen:value>F35204-0194</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="棟名称">
				<gen:value>主たる建物</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="施設分類">
				<gen:value>消防施設</gen:value>
			</gen:stringAttribute>
			<gen:stringAttribute name="所管部署">
				<gen:value>消防本部 総務課</gen:value>
			</gen:stringAttribute>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">421</bldg:usage>
			<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">15.6</bldg:measuredHeight>
			<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71284508 136.93868340 29.330 36.71312403 136.93868340 29.330 36.71312403 136.93954250 29.330 36.71284508 136.93954250 29.330 36.71284508 136.93868340 29.330</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">3960.2</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">601</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1542</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_95d309f0-b035-d97f-6990-2e7972c2b2e6">
			<core:creationDate>2025-03-24</core:creationDate>
			<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
			<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
			<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
			<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
			<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
			<bldg:lod0RoofEdge>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>36.71088323 136.93538728 24.292 36.71115107 136.93538728 24.292 36.71115107 136.93632454 24.292 36.71088323 136.93632454 24.292 36.71088323 136.93538728 24.292</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0RoofEdge>
			<uro:bldgDataQualityAttribute>
				<uro:DataQualityAttribute>
					<uro:geometrySrcDescLod0 codeSpace="../../codelists/DataQualityAttribute_geometrySrcDescLod0.xml">000</uro:geometrySrcDescLod0>
					<uro:thematicSrcDesc codeSpace="../../codelists/DataQualityAttribute_thematicSrcDesc.xml">1</uro:thematicSrcDesc>
					<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
				</uro:DataQualityAttribute>
			</uro:bldgDataQualityAttribute>
			<uro:bldgDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">156.3</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureType.xml">611</uro:buildingStructureType>
					<uro:surveyYear>2024</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:bldgDetailAttribute>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>35204-bldg-1578</uro:buildingID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">35</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">35204</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
		</bldg:Building>
	</core:cityObjectMember>
</core:CityModel>
