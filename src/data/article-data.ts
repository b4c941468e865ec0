/**
 * The article's data: the single hand-written source of every fact, from
 * which the types, the built entries and the JSON formats all derive.
 * Offsets are UTF-16 code units into the block's `ru`;
 * `npm run locate -- "quote"` prints them for a new quote. Tests check every
 * quote against its offsets.
 */
export const articleData = {
  id: "eu-central-asia-security-dialogue-2016",
  language: "ru",
  translation: {
    language: "en",
    origin: "package-authors",
    note: "Every English text in this package (headline, paragraphs, names, labels, titles, summaries, notes) is the package authors' own translation of the Russian original, in EU institutional usage, not the publisher's. The English keeps the Russian sentence boundaries, so each Russian sentence has exactly one English sentence. The Russian summaries of agreements are the package authors' paraphrases; their mentions quote the original.",
  },
  headline: {
    id: "headline",
    ru: "В Брюсселе проведено очередное заседание Диалога по безопасности «ЕС-Центральная Азия»",
    en: "Latest meeting of the EU–Central Asia Security Dialogue held in Brussels",
    sourceStart: 0,
    sentences: [{ id: "headline-s1", ru: { start: 0, end: 86 }, en: { start: 0, end: 72 } }],
  },
  paragraphs: [
    {
      id: "p1",
      ru: "18 мая 2016 года делегация Туркменистана приняла участие в 3-ем заседании Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности, которое состоялось в Брюсселе. Диалог по вопросам безопасности отражает общую заинтересованность Европейского Союза и стран Центральной Азии в укреплении сотрудничества в сфере безопасности. На заседание Диалога также была приглашена делегация Афганистана в качестве специального гостя.",
      en: "On 18 May 2016, a delegation of Turkmenistan took part in the third meeting of the High-Level Security Dialogue between the European Union and the countries of Central Asia, which took place in Brussels. The Security Dialogue reflects the shared interest of the European Union and the countries of Central Asia in strengthening security cooperation. An invitation to the meeting of the Dialogue was also extended to a delegation of Afghanistan as a special guest.",
      sourceStart: 88,
      sentences: [
        { id: "p1-s1", ru: { start: 0, end: 207 }, en: { start: 0, end: 203 } },
        { id: "p1-s2", ru: { start: 208, end: 367 }, en: { start: 204, end: 349 } },
        { id: "p1-s3", ru: { start: 368, end: 463 }, en: { start: 350, end: 463 } },
      ],
    },
    {
      id: "p2",
      ru: "Встреча прошла на уровне заместителей министров иностранных дел под председательством г-жи Хельги Шмид, заместителя Генерального секретаря Европейской службы внешнеполитической деятельности.",
      en: "The meeting was held at deputy foreign minister level under the chairmanship of Ms Helga Schmid, Deputy Secretary General of the European External Action Service.",
      sourceStart: 553,
      sentences: [{ id: "p2-s1", ru: { start: 0, end: 190 }, en: { start: 0, end: 162 } }],
    },
    {
      id: "p3",
      ru: "В ходе заседания, участники встречи обменялись мнениями по ряду ключевых вопросов, имеющих отношение к Европейскому Союзу, Центральной Азии и Афганистану. Также были обсуждены такие вызовы в сфере безопасности, как радикализация, феномен иностранных боевиков, миграция, региональная стабильность и безопасность, борьба с незаконным оборотом наркотиков и контрабандой. Была достигнута договоренность об активизации совместных усилий Европейского Союза и стран Центральной Азии во всех упомянутых областях и поднятие их до уровня регионального сотрудничества между Афганистаном и Центральной Азией.",
      en: "In the course of the meeting, the participants exchanged views on a number of key issues of relevance to the European Union, Central Asia and Afghanistan. They also discussed security challenges such as radicalisation, the foreign fighter phenomenon, migration, regional stability and security, and the fight against drug trafficking and smuggling. It was agreed to step up the joint efforts of the European Union and the countries of Central Asia in all the areas mentioned and to raise them to the level of regional cooperation between Afghanistan and Central Asia.",
      sourceStart: 745,
      sentences: [
        { id: "p3-s1", ru: { start: 0, end: 154 }, en: { start: 0, end: 154 } },
        { id: "p3-s2", ru: { start: 155, end: 367 }, en: { start: 155, end: 348 } },
        { id: "p3-s3", ru: { start: 368, end: 596 }, en: { start: 349, end: 567 } },
      ],
    },
    {
      id: "p4",
      ru: "Данный Диалог предоставил платформу для обсуждения и решения вопросов политики и безопасности в сфере международного терроризма, экстремизма, химических, биологических, радиологических и ядерных угроз.",
      en: "This Dialogue provided a platform for discussing and addressing policy and security issues relating to international terrorism, extremism, and chemical, biological, radiological and nuclear threats.",
      sourceStart: 1343,
      sentences: [{ id: "p4-s1", ru: { start: 0, end: 201 }, en: { start: 0, end: 198 } }],
    },
    {
      id: "p5",
      ru: "Была достигнута договоренность о дальнейшем укреплении сотрудничества в области управления границами и борьбы с незаконным оборотом наркотиков в рамках обновленных региональных программ Европейского Союза БОМКА и КАДАП, а также углубление сотрудничества в области миграции посредством активизации участия стран Центральной Азии в изучении опыта в рамках механизма в сфере миграции Европейского Союза и Пражского процесса между Европейским Союзом и третьими странами.",
      en: "It was agreed to further strengthen cooperation on border management and the fight against drug trafficking under the renewed European Union regional programmes BOMCA and CADAP, as well as to deepen cooperation on migration through more active participation by the countries of Central Asia in studying experience within the framework of the European Union's migration mechanism and the Prague Process between the European Union and third countries.",
      sourceStart: 1547,
      sentences: [{ id: "p5-s1", ru: { start: 0, end: 466 }, en: { start: 0, end: 449 } }],
    },
  ],
  source: {
    url: "https://belgium.tmembassy.gov.tm/index.php/ru/news/1323",
    publisher: {
      name: { ru: "Посольство Туркменистана в Бельгии", en: "Embassy of Turkmenistan in Belgium" },
      url: "https://belgium.tmembassy.gov.tm/",
      inferred: true,
      note: "Inferred from the website's domain; the page itself does not name its publisher.",
    },
    datePublished: null,
    datePublishedNote: "The page shows no publication date.",
    sha256: "cee8533ff3f317acdc887727455150df145c8aab268327c8e011779dcfe6d311",
    sha256Note:
      "SHA-256 of the UTF-8 source text file (headline and paragraphs separated by blank lines) from which the Russian text was taken; paragraphs are that text trimmed of outer whitespace.",
    englishVersionUrl: "https://belgium.tmembassy.gov.tm/index.php/en/news/1323",
    englishVersionNote:
      "The publisher also has an English version of the page. Its text is not used here: this package's English is its own translation.",
  },
  event: {
    id: "eu-central-asia-security-dialogue-meeting-3",
    name: {
      ru: "3-е заседание Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
      en: "Third meeting of the High-Level Security Dialogue between the European Union and the countries of Central Asia",
    },
    seriesId: "eu-central-asia-security-dialogue",
    ordinal: 3,
    date: "2016-05-18",
    locationId: "brussels",
    countryCode: "BE",
    countryCodeNote:
      'Not stated in the article: Brussels is in Belgium, whose ISO 3166-1 alpha-2 code is BE; ISO 3166-2 lists BE-BRU, «Brussels Hoofdstedelijk Gewest» (the Brussels-Capital Region), as a region of Belgium. Source: Debian iso-codes project, "iso-codes 4.15.0: ISO 3166-1 and ISO 3166-2 data", https://salsa.debian.org/iso-codes-team/iso-codes, 27 April 2023.',
    level: { ru: "заместители министров иностранных дел", en: "deputy foreign ministers" },
    chairId: "helga-schmid",
    mentions: [
      {
        paragraphId: "headline",
        start: 21,
        end: 86,
        quote: "очередное заседание Диалога по безопасности «ЕС-Центральная Азия»",
        en: { start: 0, end: 55, quote: "Latest meeting of the EU–Central Asia Security Dialogue" },
        enNote: null,
      },
      {
        paragraphId: "p1",
        start: 59,
        end: 175,
        quote:
          "3-ем заседании Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
        en: {
          start: 62,
          end: 172,
          quote:
            "third meeting of the High-Level Security Dialogue between the European Union and the countries of Central Asia",
        },
        enNote: null,
      },
      {
        paragraphId: "p1",
        start: 371,
        end: 388,
        quote: "заседание Диалога",
        en: { start: 371, end: 394, quote: "meeting of the Dialogue" },
        enNote: null,
      },
      {
        paragraphId: "p2",
        start: 0,
        end: 7,
        quote: "Встреча",
        en: { start: 4, end: 11, quote: "meeting" },
        enNote: null,
      },
      {
        paragraphId: "p3",
        start: 7,
        end: 16,
        quote: "заседания",
        en: { start: 21, end: 28, quote: "meeting" },
        enNote: null,
      },
      {
        paragraphId: "p3",
        start: 28,
        end: 35,
        quote: "встречи",
        en: null,
        enNote:
          'The English does not repeat the meeting here: it renders «участники встречи» (the participants of the meeting) as "the participants", the meeting having just been named.',
      },
    ],
    evidence: {
      name: [
        {
          paragraphId: "headline",
          start: 21,
          end: 86,
          quote: "очередное заседание Диалога по безопасности «ЕС-Центральная Азия»",
          en: {
            start: 0,
            end: 55,
            quote: "Latest meeting of the EU–Central Asia Security Dialogue",
          },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 59,
          end: 175,
          quote:
            "3-ем заседании Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
          en: {
            start: 62,
            end: 172,
            quote:
              "third meeting of the High-Level Security Dialogue between the European Union and the countries of Central Asia",
          },
          enNote: null,
        },
      ],
      series: [
        {
          paragraphId: "headline",
          start: 41,
          end: 86,
          quote: "Диалога по безопасности «ЕС-Центральная Азия»",
          en: { start: 22, end: 55, quote: "EU–Central Asia Security Dialogue" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 74,
          end: 175,
          quote:
            "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
          en: {
            start: 83,
            end: 172,
            quote:
              "High-Level Security Dialogue between the European Union and the countries of Central Asia",
          },
          enNote: null,
        },
      ],
      ordinal: [
        {
          paragraphId: "p1",
          start: 59,
          end: 63,
          quote: "3-ем",
          en: { start: 62, end: 67, quote: "third" },
          enNote: null,
        },
      ],
      date: [
        {
          paragraphId: "p1",
          start: 0,
          end: 16,
          quote: "18 мая 2016 года",
          en: { start: 3, end: 14, quote: "18 May 2016" },
          enNote: null,
        },
      ],
      location: [
        {
          paragraphId: "headline",
          start: 2,
          end: 10,
          quote: "Брюсселе",
          en: { start: 64, end: 72, quote: "Brussels" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 198,
          end: 206,
          quote: "Брюсселе",
          en: { start: 194, end: 202, quote: "Brussels" },
          enNote: null,
        },
      ],
      level: [
        {
          paragraphId: "p2",
          start: 18,
          end: 63,
          quote: "уровне заместителей министров иностранных дел",
          en: { start: 24, end: 53, quote: "deputy foreign minister level" },
          enNote: null,
        },
      ],
      chair: [
        {
          paragraphId: "p2",
          start: 68,
          end: 102,
          quote: "председательством г-жи Хельги Шмид",
          en: { start: 64, end: 95, quote: "chairmanship of Ms Helga Schmid" },
          enNote: null,
        },
      ],
    },
  },
  entities: [
    {
      id: "european-union",
      kind: "organization",
      name: { ru: "Европейский Союз", en: "European Union" },
      identifiers: [{ scheme: "wikidata", identifier: "Q458" }],
      identifiersNote: null,
      externalContext: null,
      mentions: [
        {
          paragraphId: "headline",
          start: 66,
          end: 68,
          quote: "ЕС",
          en: { start: 22, end: 24, quote: "EU" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 104,
          end: 122,
          quote: "Европейским Союзом",
          en: { start: 124, end: 138, quote: "European Union" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 274,
          end: 292,
          quote: "Европейского Союза",
          en: { start: 262, end: 276, quote: "European Union" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 103,
          end: 121,
          quote: "Европейскому Союзу",
          en: { start: 109, end: 123, quote: "European Union" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 432,
          end: 450,
          quote: "Европейского Союза",
          en: { start: 399, end: 413, quote: "European Union" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 186,
          end: 204,
          quote: "Европейского Союза",
          en: { start: 126, end: 140, quote: "European Union" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 381,
          end: 399,
          quote: "Европейского Союза",
          en: { start: 342, end: 356, quote: "European Union" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 427,
          end: 445,
          quote: "Европейским Союзом",
          en: { start: 414, end: 428, quote: "European Union" },
          enNote: null,
        },
      ],
    },
    {
      id: "central-asia",
      kind: "region",
      name: { ru: "Центральная Азия", en: "Central Asia" },
      identifiers: [
        { scheme: "un-m49", identifier: "143" },
        { scheme: "wikidata", identifier: "Q27275" },
      ],
      identifiersNote: null,
      externalContext: null,
      mentions: [
        {
          paragraphId: "headline",
          start: 69,
          end: 85,
          quote: "Центральная Азия",
          en: { start: 25, end: 37, quote: "Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 134,
          end: 150,
          quote: "Центральной Азии",
          en: { start: 160, end: 172, quote: "Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 301,
          end: 317,
          quote: "Центральной Азии",
          en: { start: 298, end: 310, quote: "Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 123,
          end: 139,
          quote: "Центральной Азии",
          en: { start: 125, end: 137, quote: "Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 459,
          end: 475,
          quote: "Центральной Азии",
          en: { start: 435, end: 447, quote: "Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 578,
          end: 595,
          quote: "Центральной Азией",
          en: { start: 554, end: 566, quote: "Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 311,
          end: 327,
          quote: "Центральной Азии",
          en: { start: 278, end: 290, quote: "Central Asia" },
          enNote: null,
        },
      ],
    },
    {
      id: "central-asian-countries",
      kind: "group",
      name: { ru: "страны Центральной Азии", en: "countries of Central Asia" },
      identifiers: [],
      identifiersNote: "The text does not say which countries it means; no identifier applies.",
      externalContext: null,
      mentions: [
        {
          paragraphId: "p1",
          start: 125,
          end: 150,
          quote: "странами Центральной Азии",
          en: { start: 147, end: 172, quote: "countries of Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 295,
          end: 317,
          quote: "стран Центральной Азии",
          en: { start: 285, end: 310, quote: "countries of Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 453,
          end: 475,
          quote: "стран Центральной Азии",
          en: { start: 422, end: 447, quote: "countries of Central Asia" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 305,
          end: 327,
          quote: "стран Центральной Азии",
          en: { start: 265, end: 290, quote: "countries of Central Asia" },
          enNote: null,
        },
      ],
    },
    {
      id: "turkmenistan",
      kind: "state",
      name: { ru: "Туркменистан", en: "Turkmenistan" },
      identifiers: [
        { scheme: "iso-3166-1-alpha-2", identifier: "TM" },
        { scheme: "iso-3166-1-alpha-3", identifier: "TKM" },
        { scheme: "iso-3166-1-numeric", identifier: "795" },
        { scheme: "wikidata", identifier: "Q874" },
      ],
      identifiersNote: null,
      externalContext: null,
      mentions: [
        {
          paragraphId: "p1",
          start: 27,
          end: 40,
          quote: "Туркменистана",
          en: { start: 32, end: 44, quote: "Turkmenistan" },
          enNote: null,
        },
      ],
    },
    {
      id: "afghanistan",
      kind: "state",
      name: { ru: "Афганистан", en: "Afghanistan" },
      identifiers: [
        { scheme: "iso-3166-1-alpha-2", identifier: "AF" },
        { scheme: "iso-3166-1-alpha-3", identifier: "AFG" },
        { scheme: "iso-3166-1-numeric", identifier: "004" },
        { scheme: "wikidata", identifier: "Q889" },
      ],
      identifiersNote: null,
      externalContext:
        'Not stated in the article: in the UN M49 standard Afghanistan (004) belongs to Southern Asia (034), not to Central Asia (143). Source: United Nations Statistics Division, "Standard country or area codes for statistical use (M49)", https://unstats.un.org/unsd/methodology/m49/overview/, undated.',
      mentions: [
        {
          paragraphId: "p1",
          start: 421,
          end: 432,
          quote: "Афганистана",
          en: { start: 432, end: 443, quote: "Afghanistan" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 142,
          end: 153,
          quote: "Афганистану",
          en: { start: 142, end: 153, quote: "Afghanistan" },
          enNote: null,
        },
        {
          paragraphId: "p3",
          start: 563,
          end: 575,
          quote: "Афганистаном",
          en: { start: 538, end: 549, quote: "Afghanistan" },
          enNote: null,
        },
      ],
    },
    {
      id: "helga-schmid",
      kind: "person",
      name: { ru: "Хельга Шмид", en: "Helga Schmid" },
      identifiers: [],
      identifiersNote: "No identifier has been verified.",
      externalContext:
        'Not stated in the article: in 2016 Helga Schmid was the EEAS\'s Deputy Secretary General for Political Affairs; on 15 June 2016 she was named its Secretary General, to take office on 1 September 2016. Source: derStandard.at (APA), "Deutsche Diplomatin neue Chefin des Auswärtigen Dienstes der EU", http://derstandard.at/2000039051038/Deutsche-Diplomatin-neue-Chefin-des-Auswaertigen-Dienstes-der-EU, 15 June 2016.',
      mentions: [
        {
          paragraphId: "p2",
          start: 91,
          end: 102,
          quote: "Хельги Шмид",
          en: { start: 83, end: 95, quote: "Helga Schmid" },
          enNote: null,
        },
      ],
    },
    {
      id: "european-external-action-service",
      kind: "organization",
      name: {
        ru: "Европейская служба внешнеполитической деятельности",
        en: "European External Action Service",
      },
      identifiers: [{ scheme: "wikidata", identifier: "Q672941" }],
      identifiersNote: null,
      externalContext: null,
      mentions: [
        {
          paragraphId: "p2",
          start: 139,
          end: 189,
          quote: "Европейской службы внешнеполитической деятельности",
          en: { start: 129, end: 161, quote: "European External Action Service" },
          enNote: null,
        },
      ],
    },
    {
      id: "brussels",
      kind: "city",
      name: { ru: "Брюссель", en: "Brussels" },
      identifiers: [],
      identifiersNote:
        "No identifier has been verified: «Брюссель» may denote the city or the Brussels-Capital Region.",
      externalContext: null,
      mentions: [
        {
          paragraphId: "headline",
          start: 2,
          end: 10,
          quote: "Брюсселе",
          en: { start: 64, end: 72, quote: "Brussels" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 198,
          end: 206,
          quote: "Брюсселе",
          en: { start: 194, end: 202, quote: "Brussels" },
          enNote: null,
        },
      ],
    },
    {
      id: "eu-central-asia-security-dialogue",
      kind: "dialogue",
      name: {
        ru: "Диалог высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
        en: "High-Level Security Dialogue between the European Union and the countries of Central Asia",
      },
      identifiers: [],
      identifiersNote: "No identifier has been verified.",
      externalContext: null,
      mentions: [
        {
          paragraphId: "headline",
          start: 41,
          end: 86,
          quote: "Диалога по безопасности «ЕС-Центральная Азия»",
          en: { start: 22, end: 55, quote: "EU–Central Asia Security Dialogue" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 74,
          end: 175,
          quote:
            "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
          en: {
            start: 83,
            end: 172,
            quote:
              "High-Level Security Dialogue between the European Union and the countries of Central Asia",
          },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 208,
          end: 239,
          quote: "Диалог по вопросам безопасности",
          en: { start: 208, end: 225, quote: "Security Dialogue" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 381,
          end: 388,
          quote: "Диалога",
          en: { start: 386, end: 394, quote: "Dialogue" },
          enNote: null,
        },
        {
          paragraphId: "p4",
          start: 7,
          end: 13,
          quote: "Диалог",
          en: { start: 5, end: 13, quote: "Dialogue" },
          enNote: null,
        },
      ],
    },
    {
      id: "bomca",
      kind: "programme",
      name: { ru: "БОМКА", en: "BOMCA" },
      identifiers: [],
      identifiersNote: "No identifier has been verified.",
      externalContext:
        'Not stated in the article: BOMCA is the Border Management Programme in Central Asia; its ninth phase started on 15 June 2015 and was officially opened, together with the sixth phase of CADAP, at a conference in Bishkek on 26 November 2015. Sources: ICMPD, "Kyrgyz Government hosts BOMCA 9 and CAPAD [sic] 6 opening conference", https://www.icmpd.org/news-centre/press-releases/kyrgyz-government-hosts-bomca-9-and-capad-6-opening-conference/?L=0, 26 November 2015; ICMPD, "Project News: 9th phase of the BOMCA programme extended for 18 months", https://www.icmpd.org/news-centre/news-detail/project-news-9th-phase-of-the-bomca-programme-extended-for-18-months/, 3 July 2018.',
      mentions: [
        {
          paragraphId: "p5",
          start: 205,
          end: 210,
          quote: "БОМКА",
          en: { start: 161, end: 166, quote: "BOMCA" },
          enNote: null,
        },
      ],
    },
    {
      id: "cadap",
      kind: "programme",
      name: { ru: "КАДАП", en: "CADAP" },
      identifiers: [],
      identifiersNote: "No identifier has been verified.",
      externalContext:
        'Not stated in the article: CADAP is the Central Asia Drug Action Programme; its sixth phase started in April 2015 and was officially opened, together with the ninth phase of BOMCA, at a conference in Bishkek on 26 November 2015. Sources: GIZ, "Central Asia Drug Action Programme – Phase 6 (CADAP 6)", https://www.giz.de/en/worldwide/14393.html, undated; ICMPD, "Kyrgyz Government hosts BOMCA 9 and CAPAD [sic] 6 opening conference", https://www.icmpd.org/news-centre/press-releases/kyrgyz-government-hosts-bomca-9-and-capad-6-opening-conference/?L=0, 26 November 2015.',
      mentions: [
        {
          paragraphId: "p5",
          start: 213,
          end: 218,
          quote: "КАДАП",
          en: { start: 171, end: 176, quote: "CADAP" },
          enNote: null,
        },
      ],
    },
    {
      id: "eu-migration-mechanism",
      kind: "mechanism",
      name: {
        ru: "механизм в сфере миграции Европейского Союза",
        en: "European Union's migration mechanism",
      },
      identifiers: [],
      identifiersNote:
        "The text does not name the mechanism further, so which EU mechanism it is has not been identified.",
      externalContext: null,
      mentions: [
        {
          paragraphId: "p5",
          start: 354,
          end: 399,
          quote: "механизма в сфере миграции Европейского Союза",
          en: { start: 342, end: 378, quote: "European Union's migration mechanism" },
          enNote: null,
        },
      ],
    },
    {
      id: "prague-process",
      kind: "process",
      name: { ru: "Пражский процесс", en: "Prague Process" },
      identifiers: [],
      identifiersNote: "No identifier has been verified.",
      externalContext:
        'Not stated in the article: the Prague Process is a migration dialogue, a political initiative that developed out of the "Building Migration Partnerships" ministerial conference held in Prague on 28 April 2009, between the states of the EU and the Schengen area, the Western Balkans, the Eastern Partnership and Central Asia, Russia and Turkey; ICMPD hosts its organisational support team. Sources: ICMPD, "Prague Process", https://www.icmpd.org/our-work/migration-dialogues/prague-process/, undated; ICMPD, "Migration Dialogues", https://www.icmpd.org/our-work/migration-dialogues/, undated.',
      mentions: [
        {
          paragraphId: "p5",
          start: 402,
          end: 420,
          quote: "Пражского процесса",
          en: { start: 387, end: 401, quote: "Prague Process" },
          enNote: null,
        },
      ],
    },
    {
      id: "third-countries",
      kind: "group",
      name: { ru: "третьи страны", en: "third countries" },
      identifiers: [],
      identifiersNote: "The text does not say which countries it means; no identifier applies.",
      externalContext: null,
      mentions: [
        {
          paragraphId: "p5",
          start: 448,
          end: 465,
          quote: "третьими странами",
          en: { start: 433, end: 448, quote: "third countries" },
          enNote: null,
        },
      ],
    },
  ],
  participants: [
    {
      id: "european-union-side",
      entityId: "european-union",
      role: "side",
      name: { ru: "Европейский Союз", en: "European Union" },
      title: null,
      attendance: "implied",
      attendanceNote:
        "The article names the European Union as one side of the Dialogue; it does not say who attended for it. The meeting was chaired by the Deputy Secretary General of the European External Action Service.",
      mentions: [
        {
          paragraphId: "p1",
          start: 104,
          end: 122,
          quote: "Европейским Союзом",
          en: { start: 124, end: 138, quote: "European Union" },
          enNote: null,
        },
      ],
    },
    {
      id: "central-asian-countries-side",
      entityId: "central-asian-countries",
      role: "side",
      name: { ru: "страны Центральной Азии", en: "countries of Central Asia" },
      title: null,
      attendance: "implied",
      attendanceNote:
        "The article names the countries of Central Asia as one side of the Dialogue; it does not say which of them attended. It names only the delegation of Turkmenistan as taking part.",
      mentions: [
        {
          paragraphId: "p1",
          start: 125,
          end: 150,
          quote: "странами Центральной Азии",
          en: { start: 147, end: 172, quote: "countries of Central Asia" },
          enNote: null,
        },
      ],
    },
    {
      id: "turkmenistan-delegation",
      entityId: "turkmenistan",
      role: "delegation",
      name: { ru: "делегация Туркменистана", en: "delegation of Turkmenistan" },
      title: null,
      attendance: "stated",
      attendanceNote: null,
      mentions: [
        {
          paragraphId: "p1",
          start: 17,
          end: 40,
          quote: "делегация Туркменистана",
          en: { start: 18, end: 44, quote: "delegation of Turkmenistan" },
          enNote: null,
        },
      ],
    },
    {
      id: "afghanistan-delegation",
      entityId: "afghanistan",
      role: "special-guest",
      name: { ru: "делегация Афганистана", en: "delegation of Afghanistan" },
      title: null,
      attendance: "implied",
      attendanceNote:
        'The article says only that the delegation was invited ("была приглашена"); that it attended is implied, not stated.',
      mentions: [
        {
          paragraphId: "p1",
          start: 411,
          end: 462,
          quote: "делегация Афганистана в качестве специального гостя",
          en: { start: 418, end: 462, quote: "delegation of Afghanistan as a special guest" },
          enNote: null,
        },
      ],
    },
    {
      id: "helga-schmid-chair",
      entityId: "helga-schmid",
      role: "chair",
      name: { ru: "Хельга Шмид", en: "Helga Schmid" },
      title: {
        ru: "заместитель Генерального секретаря Европейской службы внешнеполитической деятельности",
        en: "Deputy Secretary General of the European External Action Service",
      },
      attendance: "stated",
      attendanceNote: null,
      mentions: [
        {
          paragraphId: "p2",
          start: 68,
          end: 189,
          quote:
            "председательством г-жи Хельги Шмид, заместителя Генерального секретаря Европейской службы внешнеполитической деятельности",
          en: {
            start: 64,
            end: 161,
            quote:
              "chairmanship of Ms Helga Schmid, Deputy Secretary General of the European External Action Service",
          },
          enNote: null,
        },
      ],
    },
  ],
  topics: [
    {
      id: "radicalisation",
      label: { ru: "радикализация", en: "radicalisation" },
      categories: ["security-challenge", "cooperation-area"],
      mentions: [
        {
          paragraphId: "p3",
          start: 215,
          end: 228,
          quote: "радикализация",
          en: { start: 203, end: 217, quote: "radicalisation" },
          enNote: null,
        },
      ],
    },
    {
      id: "foreign-fighters",
      label: { ru: "феномен иностранных боевиков", en: "foreign fighter phenomenon" },
      categories: ["security-challenge", "cooperation-area"],
      mentions: [
        {
          paragraphId: "p3",
          start: 230,
          end: 258,
          quote: "феномен иностранных боевиков",
          en: { start: 223, end: 249, quote: "foreign fighter phenomenon" },
          enNote: null,
        },
      ],
    },
    {
      id: "migration",
      label: { ru: "миграция", en: "migration" },
      categories: ["security-challenge", "cooperation-area"],
      mentions: [
        {
          paragraphId: "p3",
          start: 260,
          end: 268,
          quote: "миграция",
          en: { start: 251, end: 260, quote: "migration" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 264,
          end: 272,
          quote: "миграции",
          en: { start: 214, end: 223, quote: "migration" },
          enNote: null,
        },
      ],
    },
    {
      id: "regional-stability-and-security",
      label: {
        ru: "региональная стабильность и безопасность",
        en: "regional stability and security",
      },
      categories: ["security-challenge", "cooperation-area"],
      mentions: [
        {
          paragraphId: "p3",
          start: 270,
          end: 310,
          quote: "региональная стабильность и безопасность",
          en: { start: 262, end: 293, quote: "regional stability and security" },
          enNote: null,
        },
      ],
    },
    {
      id: "drug-trafficking",
      label: { ru: "незаконный оборот наркотиков", en: "drug trafficking" },
      categories: ["security-challenge", "cooperation-area"],
      mentions: [
        {
          paragraphId: "p3",
          start: 321,
          end: 351,
          quote: "незаконным оборотом наркотиков",
          en: { start: 317, end: 333, quote: "drug trafficking" },
          enNote: null,
        },
        {
          paragraphId: "p5",
          start: 112,
          end: 142,
          quote: "незаконным оборотом наркотиков",
          en: { start: 91, end: 107, quote: "drug trafficking" },
          enNote: null,
        },
      ],
    },
    {
      id: "smuggling",
      label: { ru: "контрабанда", en: "smuggling" },
      categories: ["security-challenge", "cooperation-area"],
      mentions: [
        {
          paragraphId: "p3",
          start: 354,
          end: 366,
          quote: "контрабандой",
          en: { start: 338, end: 347, quote: "smuggling" },
          enNote: null,
        },
      ],
    },
    {
      id: "international-terrorism",
      label: { ru: "международный терроризм", en: "international terrorism" },
      categories: ["policy-and-security-issue"],
      mentions: [
        {
          paragraphId: "p4",
          start: 102,
          end: 127,
          quote: "международного терроризма",
          en: { start: 103, end: 126, quote: "international terrorism" },
          enNote: null,
        },
      ],
    },
    {
      id: "extremism",
      label: { ru: "экстремизм", en: "extremism" },
      categories: ["policy-and-security-issue"],
      mentions: [
        {
          paragraphId: "p4",
          start: 129,
          end: 140,
          quote: "экстремизма",
          en: { start: 128, end: 137, quote: "extremism" },
          enNote: null,
        },
      ],
    },
    {
      id: "cbrn-threats",
      label: {
        ru: "химические, биологические, радиологические и ядерные угрозы",
        en: "chemical, biological, radiological and nuclear threats",
      },
      categories: ["policy-and-security-issue"],
      mentions: [
        {
          paragraphId: "p4",
          start: 142,
          end: 200,
          quote: "химических, биологических, радиологических и ядерных угроз",
          en: {
            start: 143,
            end: 197,
            quote: "chemical, biological, radiological and nuclear threats",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "border-management",
      label: { ru: "управление границами", en: "border management" },
      categories: ["cooperation-area"],
      mentions: [
        {
          paragraphId: "p5",
          start: 80,
          end: 100,
          quote: "управления границами",
          en: { start: 51, end: 68, quote: "border management" },
          enNote: null,
        },
      ],
    },
  ],
  agreements: [
    {
      id: "step-up-joint-efforts",
      summary: {
        ru: "Активизировать совместные усилия Европейского Союза и стран Центральной Азии во всех упомянутых областях и поднять их до уровня регионального сотрудничества между Афганистаном и Центральной Азией.",
        en: "Step up the joint efforts of the European Union and the countries of Central Asia in all the areas mentioned and raise them to the level of regional cooperation between Afghanistan and Central Asia.",
      },
      topicIds: [
        "radicalisation",
        "foreign-fighters",
        "migration",
        "regional-stability-and-security",
        "drug-trafficking",
        "smuggling",
      ],
      entityIds: ["european-union", "central-asian-countries", "afghanistan", "central-asia"],
      entityIdsNote:
        "Afghanistan and Central Asia are named as the partners in the regional cooperation to whose level the joint efforts are to be raised; the text does not say who reached the agreement.",
      frameworkIds: [],
      mentions: [
        {
          paragraphId: "p3",
          start: 402,
          end: 595,
          quote:
            "активизации совместных усилий Европейского Союза и стран Центральной Азии во всех упомянутых областях и поднятие их до уровня регионального сотрудничества между Афганистаном и Центральной Азией",
          en: {
            start: 366,
            end: 566,
            quote:
              "step up the joint efforts of the European Union and the countries of Central Asia in all the areas mentioned and to raise them to the level of regional cooperation between Afghanistan and Central Asia",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "strengthen-border-and-drug-cooperation",
      summary: {
        ru: "Продолжить укрепление сотрудничества в области управления границами и борьбы с незаконным оборотом наркотиков в рамках обновленных региональных программ Европейского Союза БОМКА и КАДАП.",
        en: "Further strengthen cooperation on border management and the fight against drug trafficking under the renewed European Union regional programmes BOMCA and CADAP.",
      },
      topicIds: ["border-management", "drug-trafficking"],
      entityIds: [],
      entityIdsNote:
        "The text names no party to this cooperation: the European Union is named only as the owner of the programmes (see the relations).",
      frameworkIds: ["bomca", "cadap"],
      mentions: [
        {
          paragraphId: "p5",
          start: 33,
          end: 218,
          quote:
            "дальнейшем укреплении сотрудничества в области управления границами и борьбы с незаконным оборотом наркотиков в рамках обновленных региональных программ Европейского Союза БОМКА и КАДАП",
          en: {
            start: 17,
            end: 176,
            quote:
              "further strengthen cooperation on border management and the fight against drug trafficking under the renewed European Union regional programmes BOMCA and CADAP",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "deepen-migration-cooperation",
      summary: {
        ru: "Углубить сотрудничество в области миграции посредством более активного участия стран Центральной Азии в изучении опыта в рамках механизма в сфере миграции Европейского Союза и Пражского процесса.",
        en: "Deepen cooperation on migration through more active participation by the countries of Central Asia in studying experience within the framework of the European Union's migration mechanism and the Prague Process.",
      },
      topicIds: ["migration"],
      entityIds: ["central-asian-countries"],
      entityIdsNote:
        "The European Union and third countries are named only as the owner of the mechanism and as the Prague Process's parties (see the relations), not as parties to this cooperation.",
      frameworkIds: ["eu-migration-mechanism", "prague-process"],
      mentions: [
        {
          paragraphId: "p5",
          start: 228,
          end: 465,
          quote:
            "углубление сотрудничества в области миграции посредством активизации участия стран Центральной Азии в изучении опыта в рамках механизма в сфере миграции Европейского Союза и Пражского процесса между Европейским Союзом и третьими странами",
          en: {
            start: 192,
            end: 448,
            quote:
              "deepen cooperation on migration through more active participation by the countries of Central Asia in studying experience within the framework of the European Union's migration mechanism and the Prague Process between the European Union and third countries",
          },
          enNote: null,
        },
      ],
    },
  ],
  relations: [
    {
      id: "helga-schmid-holds-post-in-eeas",
      subjectId: "helga-schmid",
      predicate: "holds-post-in",
      objectId: "european-external-action-service",
      mentions: [
        {
          paragraphId: "p2",
          start: 91,
          end: 189,
          quote:
            "Хельги Шмид, заместителя Генерального секретаря Европейской службы внешнеполитической деятельности",
          en: {
            start: 83,
            end: 161,
            quote: "Helga Schmid, Deputy Secretary General of the European External Action Service",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "bomca-belongs-to-european-union",
      subjectId: "bomca",
      predicate: "belongs-to",
      objectId: "european-union",
      mentions: [
        {
          paragraphId: "p5",
          start: 164,
          end: 218,
          quote: "региональных программ Европейского Союза БОМКА и КАДАП",
          en: { start: 126, end: 176, quote: "European Union regional programmes BOMCA and CADAP" },
          enNote: null,
        },
      ],
    },
    {
      id: "cadap-belongs-to-european-union",
      subjectId: "cadap",
      predicate: "belongs-to",
      objectId: "european-union",
      mentions: [
        {
          paragraphId: "p5",
          start: 164,
          end: 218,
          quote: "региональных программ Европейского Союза БОМКА и КАДАП",
          en: { start: 126, end: 176, quote: "European Union regional programmes BOMCA and CADAP" },
          enNote: null,
        },
      ],
    },
    {
      id: "eu-migration-mechanism-belongs-to-european-union",
      subjectId: "eu-migration-mechanism",
      predicate: "belongs-to",
      objectId: "european-union",
      mentions: [
        {
          paragraphId: "p5",
          start: 354,
          end: 399,
          quote: "механизма в сфере миграции Европейского Союза",
          en: { start: 342, end: 378, quote: "European Union's migration mechanism" },
          enNote: null,
        },
      ],
    },
    {
      id: "prague-process-has-party-european-union",
      subjectId: "prague-process",
      predicate: "has-party",
      objectId: "european-union",
      mentions: [
        {
          paragraphId: "p5",
          start: 402,
          end: 465,
          quote: "Пражского процесса между Европейским Союзом и третьими странами",
          en: {
            start: 387,
            end: 448,
            quote: "Prague Process between the European Union and third countries",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "prague-process-has-party-third-countries",
      subjectId: "prague-process",
      predicate: "has-party",
      objectId: "third-countries",
      mentions: [
        {
          paragraphId: "p5",
          start: 402,
          end: 465,
          quote: "Пражского процесса между Европейским Союзом и третьими странами",
          en: {
            start: 387,
            end: 448,
            quote: "Prague Process between the European Union and third countries",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "dialogue-has-party-european-union",
      subjectId: "eu-central-asia-security-dialogue",
      predicate: "has-party",
      objectId: "european-union",
      mentions: [
        {
          paragraphId: "headline",
          start: 41,
          end: 86,
          quote: "Диалога по безопасности «ЕС-Центральная Азия»",
          en: { start: 22, end: 55, quote: "EU–Central Asia Security Dialogue" },
          enNote: null,
        },
        {
          paragraphId: "p1",
          start: 74,
          end: 175,
          quote:
            "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
          en: {
            start: 83,
            end: 172,
            quote:
              "High-Level Security Dialogue between the European Union and the countries of Central Asia",
          },
          enNote: null,
        },
      ],
    },
    {
      id: "dialogue-has-party-central-asia",
      subjectId: "eu-central-asia-security-dialogue",
      predicate: "has-party",
      objectId: "central-asia",
      mentions: [
        {
          paragraphId: "headline",
          start: 41,
          end: 86,
          quote: "Диалога по безопасности «ЕС-Центральная Азия»",
          en: { start: 22, end: 55, quote: "EU–Central Asia Security Dialogue" },
          enNote: null,
        },
      ],
    },
    {
      id: "dialogue-has-party-central-asian-countries",
      subjectId: "eu-central-asia-security-dialogue",
      predicate: "has-party",
      objectId: "central-asian-countries",
      mentions: [
        {
          paragraphId: "p1",
          start: 74,
          end: 175,
          quote:
            "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
          en: {
            start: 83,
            end: 172,
            quote:
              "High-Level Security Dialogue between the European Union and the countries of Central Asia",
          },
          enNote: null,
        },
      ],
    },
  ],
} as const;
