window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039889912001536058" ],
          "editableUntil" : "2026-04-03T03:17:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "みずひき",
            "screen_name" : "mizuhiki_mama",
            "indices" : [ "0", "14" ],
            "id_str" : "1625300845123457024",
            "id" : "1625300845123457024"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "87" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2039684533714297842",
      "id_str" : "2039889912001536058",
      "in_reply_to_user_id" : "1625300845123457024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039889912001536058",
      "in_reply_to_status_id" : "2039684533714297842",
      "created_at" : "Fri Apr 03 02:17:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@mizuhiki_mama ご質問ありがとうございます。つむぎっこひろばの利用予約は、開設後に子育て支援課の窓口・電話で受け付けます。開設日が決まりましたらお知らせします。",
      "lang" : "ja",
      "in_reply_to_screen_name" : "mizuhiki_mama",
      "in_reply_to_user_id_str" : "1625300845123457024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039840297581542044" ],
          "editableUntil" : "2026-04-03T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "紡木町",
            "indices" : [ "58", "62" ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "62" ],
      "favorite_count" : "12",
      "id_str" : "2039840297581542044",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2039840297581542044",
      "created_at" : "Thu Apr 02 23:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "【お知らせ】本日11時に防災行政無線の試験放送を行います。実際の災害ではありません。ご理解とご協力をお願いします。 #紡木町",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "2039146442259220813",
          "editControlInitial" : {
            "editTweetIds" : [ "2039146442259220813", "2039148082233898019" ],
            "editableUntil" : "2026-04-01T02:02:52.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "74" ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "2039146333209207048",
      "id_str" : "2039148082233898019",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2039148082233898019",
      "in_reply_to_status_id" : "2039146333209207048",
      "created_at" : "Wed Apr 01 01:09:23 +0000 2026",
      "favorited" : false,
      "full_text" : "主な事業②\n・紬の里ブランド推進事業 1,860万円（新規）（産業振興課）\n・GIGAスクール端末更新事業 6,420万円（教育総務課）\n(5/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039147130126640979" ],
          "editableUntil" : "2026-04-01T02:05:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Xk2bQ9mZr1",
            "expanded_url" : "https://www.town.tsumugi.example.jp/kurashi/zaisei/r8yosan.html",
            "display_url" : "town.tsumugi.example.jp/kurashi/zaisei…",
            "indices" : [ "76", "99" ]
          }
        ]
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "2039146949770983915",
      "id_str" : "2039147130126640979",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2039147130126640979",
      "in_reply_to_status_id" : "2039146949770983915",
      "created_at" : "Wed Apr 01 01:05:36 +0000 2026",
      "favorited" : false,
      "full_text" : "子育て支援センター（愛称：つむぎっこひろば）は、紡木町保健センターの隣に令和8年10月開設予定です。\n予算の詳しい内容は町ホームページをご覧ください👇\nhttps://t.co/Xk2bQ9mZr1\n問い合わせ：企画財政課 財政係 (9/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146949770983915" ],
          "editableUntil" : "2026-04-01T02:04:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2039146857496180130",
      "id_str" : "2039146949770983915",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2039146949770983915",
      "in_reply_to_status_id" : "2039146857496180130",
      "created_at" : "Wed Apr 01 01:04:53 +0000 2026",
      "favorited" : false,
      "full_text" : "建設課16人、上下水道課10人、会計室4人、教育総務課12人、議会事務局3人\n職員数は合計138人（前年度134人）です。\n財政の健全性（令和6年度決算）\n経常収支比率 88.4％\n実質公債費比率 9.2％\n将来負担比率 34.7％\n(8/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146857496180130" ],
          "editableUntil" : "2026-04-01T02:04:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "77" ],
      "favorite_count" : "28",
      "in_reply_to_status_id_str" : "2039146693918251445",
      "id_str" : "2039146857496180130",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2039146857496180130",
      "in_reply_to_status_id" : "2039146693918251445",
      "created_at" : "Wed Apr 01 01:04:31 +0000 2026",
      "favorited" : false,
      "full_text" : "4月からの役場の体制（職員数）です。\n総務課20人、企画財政課15人、住民課17人、福祉課16人、子育て支援課11人（新設）、産業振興課14人、(7/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146693918251445" ],
          "editableUntil" : "2026-04-01T02:03:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "36",
      "in_reply_to_status_id_str" : "2039146442259220813",
      "id_str" : "2039146693918251445",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2039146693918251445",
      "in_reply_to_status_id" : "2039146442259220813",
      "created_at" : "Wed Apr 01 01:03:52 +0000 2026",
      "favorited" : false,
      "full_text" : "主な事業③\n・デマンド交通運行事業 2,950万円（前年度2,780万円）（企画財政課）\n・高齢者見守りネットワーク事業 840万円（前年度760万円）（福祉課）\n・役場庁舎照明LED化事業 3,300万円（新規）（総務課）\n(6/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146442259220813", "2039148082233898019" ],
          "editableUntil" : "2026-04-01T02:02:52.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "74" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2039146333209207048",
      "id_str" : "2039146442259220813",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2039146442259220813",
      "in_reply_to_status_id" : "2039146333209207048",
      "created_at" : "Wed Apr 01 01:02:52 +0000 2026",
      "favorited" : false,
      "full_text" : "主な事業②\n・紬の里ブランド推進事業 1,860万円（新規）（産業振興課）\n・GIGAスクール端末更新事業 6,240万円（教育総務課）\n(5/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146333209207048" ],
          "editableUntil" : "2026-04-01T02:02:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "87" ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "2039146123492108326",
      "id_str" : "2039146333209207048",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2039146333209207048",
      "in_reply_to_status_id" : "2039146123492108326",
      "created_at" : "Wed Apr 01 01:02:26 +0000 2026",
      "favorited" : false,
      "full_text" : "主な事業①\n・紡木町子育て支援センター整備事業 2億3,600万円（子育て支援課）\n・町道紡木中央線改良事業 1億1,480万円（前年度8,200万円）（建設課）\n(4/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146123492108326" ],
          "editableUntil" : "2026-04-01T02:01:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "76" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2039146001857679130",
      "id_str" : "2039146123492108326",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2039146123492108326",
      "in_reply_to_status_id" : "2039146001857679130",
      "created_at" : "Wed Apr 01 01:01:36 +0000 2026",
      "favorited" : false,
      "full_text" : "水道事業会計 38,900（37,600）\n下水道事業会計 29,890（30,410）\n※水道・下水道は収益的支出と資本的支出の合計です。\n(3/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039146001857679130" ],
          "editableUntil" : "2026-04-01T02:01:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "132" ],
      "favorite_count" : "35",
      "in_reply_to_status_id_str" : "2039145834084445241",
      "id_str" : "2039146001857679130",
      "in_reply_to_user_id" : "1438207719556493313",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2039146001857679130",
      "in_reply_to_status_id" : "2039145834084445241",
      "created_at" : "Wed Apr 01 01:01:07 +0000 2026",
      "favorited" : false,
      "full_text" : "会計別の予算額です（単位：万円、かっこ内は前年度）\n一般会計 524,800（509,000）\n国民健康保険特別会計 118,420（121,350）\n後期高齢者医療特別会計 21,860（20,940）\n介護保険特別会計 98,300（95,120）\n(2/9)",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tsumugi_town",
      "in_reply_to_user_id_str" : "1438207719556493313"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2039145834084445241" ],
          "editableUntil" : "2026-04-01T02:00:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "紡木町",
            "indices" : [ "107", "111" ]
          },
          {
            "text" : "予算",
            "indices" : [ "112", "115" ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "14",
      "id_str" : "2039145834084445241",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2039145834084445241",
      "created_at" : "Wed Apr 01 01:00:27 +0000 2026",
      "favorited" : false,
      "full_text" : "【令和8年度 紡木町当初予算】\n3月定例会で可決された令和8年度予算のポイントをお知らせします🧵\n一般会計は52億4,800万円（前年度比3.1％増）。特別会計・事業会計を合わせた総額は83億2,170万円です。\n#紡木町 #予算\n(1/9)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2038889717300617939" ],
          "editableUntil" : "2026-03-31T09:02:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "綾杼県広報課",
            "screen_name" : "ayahi_pref_koho",
            "indices" : [ "3", "19" ],
            "id_str" : "1190420386512345088",
            "id" : "1190420386512345088"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "66" ],
      "favorite_count" : "0",
      "id_str" : "2038889717300617939",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2038889717300617939",
      "created_at" : "Tue Mar 31 08:02:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ayahi_pref_koho: 【綾杼県】令和8年度の県の当初予算がまとまりました。詳しくは県ホームページをご覧ください。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "2037688640602459770" ],
          "editableUntil" : "2026-03-28T01:30:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "紡木町",
            "indices" : [ "71", "75" ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "9",
      "id_str" : "2037688640602459770",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2037688640602459770",
      "created_at" : "Sat Mar 28 00:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "【募集】4月25日（土）の「紡木町公民館まつり」の出展団体を募集しています。申込みは4月10日（金）まで、紡木町公民館の窓口で受け付けます。 #紡木町",
      "lang" : "ja"
    }
  }
]