"""Word lists the rules read: reporting verbs, titles, collectives, organisation words.

The lists are general English news vocabulary, not drawn from any one article. Words
are lowercase; lookups lowercase the token first.
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "ADVERBS",
    "APPOSITIVE_STARTS",
    "AUDIENCES",
    "AUXILIARIES",
    "COLLECTIVES",
    "COMMENT_STARTS",
    "CONNECTORS",
    "COUNTRIES",
    "DETERMINERS",
    "ELDERS",
    "HONORIFICS",
    "JOINT",
    "KIN_GENDER",
    "MODALS",
    "MONTHS",
    "NATIONALITIES",
    "NEEDS_QUESTION",
    "NEEDS_THAT",
    "NON_SPEAKER_HEADS",
    "OCCUPATIONS",
    "OFFICE_OF",
    "OFFICE_WORDS",
    "ORG_HEADS",
    "OUTLET_HEADS",
    "PARTICLES",
    "PASSIVE_CUES",
    "PRONOUNS",
    "REPORTING",
    "SAY_LIKE",
    "SENTENCE_ADVERBS",
    "TITLE_HEADS",
    "WEEKDAYS",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (for readable word lists)."""
    return frozenset(text.split())


def _forms(spec: str) -> dict[str, str]:
    """``"say says said saying"`` lines to a map from each form to its lemma."""
    out: dict[str, str] = {}
    for line in spec.strip().splitlines():
        words = line.split()
        for word in words:
            out[word] = words[0]
    return out


REPORTING = _forms(
    """
    say says said saying
    state states stated stating
    note notes noted noting
    stress stresses stressed stressing
    emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
    highlight highlights highlighted highlighting
    underscore underscores underscored underscoring
    underline underlines underlined underlining
    welcome welcomes welcomed welcoming
    believe believes believed
    add adds added adding
    tell tells told telling
    explain explains explained explaining
    argue argues argued arguing
    insist insists insisted insisting
    acknowledge acknowledges acknowledged acknowledging
    announce announces announced announcing
    affirm affirms affirmed affirming
    reaffirm reaffirms reaffirmed reaffirming
    express expresses expressed expressing
    praise praises praised praising
    commend commends commended commending
    criticize criticizes criticized criticizing criticise criticises criticised criticising
    confirm confirms confirmed confirming
    suggest suggests suggested suggesting
    propose proposes proposed proposing
    recall recalls recalled recalling
    remark remarks remarked remarking
    observe observes observed observing
    comment comments commented commenting
    claim claims claimed claiming
    maintain maintains maintained
    hope hopes hoped
    expect expects expected
    vow vows vowed vowing
    pledge pledges pledged pledging
    promise promises promised
    assert asserts asserted asserting
    reiterate reiterates reiterated reiterating
    laud lauds lauded lauding
    hail hails hailed hailing
    mention mentions mentioned mentioning
    write writes wrote
    predict predicts predicted predicting
    estimate estimates estimated
    concede concedes conceded conceding
    admit admits admitted admitting
    complain complains complained complaining
    warn warns warned warning
    urge urges urged urging
    reply replies replied replying
    respond responds responded
    answer answers answered
    conclude concludes concluded concluding
    outline outlines outlined outlining
    remind reminds reminded reminding
    convey conveys conveyed conveying
    signal signals signaled signalled signaling signalling
    point points pointed pointing
    call calls called calling
    look looks looked looking
    advocate advocates advocated advocating
    report reports reported reporting
    declare declares declared declaring
    indicate indicates indicated indicating
    reveal reveals revealed revealing
    disclose discloses disclosed
    deny denies denied denying
    recommend recommends recommended recommending
    caution cautions cautioned cautioning
    describe describes described describing
    agree agrees agreed
    think thinks
    reckon reckons reckoned
    adamant
    confident
    contend contends contended
    opine opines opined opining
    posit posits posited positing
    aver avers averred averring
    muse muses mused musing
    retort retorts retorted retorting
    clarify clarifies clarified clarifying
    specify specifies specified specifying
    let lets
    cite cites cited citing
    quote quoted
    put
    accuse accuses accused accusing
    congratulate congratulates congratulated congratulating
    appreciate appreciates appreciated appreciating
    question questions questioned questioning
    ask asks asked asking
    post posts posted posting
    find finds found finding
    show shows showed showing
    recommend recommends recommended
    lament laments lamented lamenting
    counter counters countered countering
    hold holds held
    view views viewed
    encourage encourages encouraged encouraging
    make makes made
    raise raises raised raising
    present presents presented presenting
    portray portrays portrayed portraying
    frame frames framed framing
    characterize characterizes characterized characterise characterises characterised
    forecast forecasts forecasting
    projected projecting
    rule rules ruled ruling
    request requests requested requesting
    share shares shared sharing
    read reads
    inform informs informed
    quip quips quipped
    manifest manifests manifested manifesting
    confide confides confided confiding
    continue continues continued
    consider considers
    """
)
"""Reporting verbs: each form mapped to its lemma."""

PARTICLES = {
    "point": ("out",),
    "call": ("for", "on", "upon"),
    "look": ("forward to",),
    "advocate": ("for",),
    "quote": ("as saying",),
    "put": ("it",),
    "make": ("clear", "it clear", "it known", "known"),
    "let": ("it be known",),
    "raise": ("concerns", "concern", "fears", "doubts"),
}
"""Lemmas that report only with a particle ("pointed out", "called for"); the
particle is part of the cue."""

NEEDS_THAT = frozenset(
    {"agree", "think", "report", "indicate", "reveal", "cite", "complain", "find"}
    | {"show", "post", "counter", "hold", "view", "raise", "rule", "read", "share"}
    | {"consider", "inform", "continue", "adamant", "confident", "manifest", "specify"}
    | {"let"}
)
"""Lemmas that report speech only with a clause ("agreed that", "reported that") or a
quotation, or, for ``report``, when nothing follows (", CCTV reported."):
"complained about congestion" reports nothing;
"Data from the ministry showed that ..." and "posted on X: '...'" do; so do "countered
that", "held that" (a tribunal's holding) and "raised concerns that"; '"...," she
continued.' does, "continued to grow" does not."""

NEEDS_QUESTION = frozenset({"question", "ask", "wonder"})
"""Lemmas that report a question: only before "whether", "if", "why" ... or a quotation
("questioned whether the project had been assessed", 'she asked')."""

MODALS = frozenset({"will", "shall", "may", "might", "could", "should", "must", "can"})
"""Auxiliaries that make a reporting verb hypothetical ("outsiders will conclude that")."""

SAY_LIKE = frozenset(
    {"say", "add", "note", "explain", "argue", "insist", "claim", "state", "warn", "tell"}
    | {"write", "suggest", "predict", "estimate", "acknowledge", "concede", "admit", "point"}
)
"""Lemmas whose participle after a comma starts a report of its own (", adding that
...", ", saying ..."), rather than continuing the one before (", emphasizing the
expansion of ...")."""

AUXILIARIES = words(
    "has have had is was were are am be been being will would shall should can could "
    "may might must did does do also further previously recently repeatedly once again "
    "then later earlier separately reportedly publicly firmly strongly clearly "
    "explicitly specifically particularly notably himself herself itself themselves "
    "not never already still just always often both all too even only yet long "
    "therefore thus however nonetheless nevertheless meanwhile moreover furthermore instead "
    "since subsequently privately openly initially"
)
"""Words that may stand between a subject and its reporting verb."""

ADVERBS = AUXILIARIES

PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})

DETERMINERS = frozenset(
    {"the", "a", "an", "some", "many", "most", "several", "other", "few", "numerous", "one"}
)

COLLECTIVES = words(
    """
    analysts experts observers officials diplomats critics economists scholars
    researchers sources residents commentators insiders leaders lawmakers participants
    delegates members investors executives businesses academics activists people
    representatives organizers organisers authorities ministers spokespeople traders
    exporters importers farmers workers students citizens protesters environmentalists
    bankers strategists planners negotiators envoys governments countries nations states
    partners scientists specialists advocates campaigners unions groups figures
    practitioners stakeholders media villagers companies firms agencies
    witnesses judges prosecutors lawyers doctors drivers owners vendors fishermen
    passengers customers tourists buyers merchants engineers clerks
    """
)
"""Heads of unnamed collectives that speak ("analysts said")."""

JOINT = frozenset({"sides", "parties"})
"""Heads of joint subjects ("both sides", "the two parties")."""

OFFICE_OF = words("to of in from for")
"""Words between an office and its country ("ambassador to Fiji", "Minister of Trade of
Viet Nam"), after which a name may follow the country."""

ELDERS = words("mother father grandmother grandfather widow widower")
"""Family words that describe a person as a trade does ("the mother of four", "the
54-year-old widow")."""
KIN = words(
    "daughter wife husband sister aunt uncle niece nephew cousin granddaughter grandson "
    "daughter-in-law son-in-law mother-in-law father-in-law sister-in-law brother-in-law"
)
"""Relations that name a person as a trade does ("his daughter said", "according to Mai
Lan's nephew"). Not "son" or "brother", which open names and titles ("Son Chhay",
"Brother Andrew") before a name as "Driver" does."""


OCCUPATIONS = (
    words(
        """
    driver farmer vendor trader worker resident student teacher owner shopkeeper
    fisherman fisherwoman lawyer activist engineer doctor nurse villager merchant
    exporter importer entrepreneur businessman businesswoman banker broker investor
    tourist guide pilot sailor soldier officer journalist reporter blogger monk
    negotiator hydrologist scientist exhibitor politician dealer grower miller buyer
    seller elder agronomist staffer moderator panellist panelist facilitator emcee lecturer
    colleague counterpart friend neighbour neighbor client customer supplier boss
    user commenter reader viewer listener shopper consumer
    participant attendee discussant delegate
    counsel attorney solicitor barrister prosecutor
    vlogger influencer youtuber podcaster commentator candidate campaigner presenter
    creator streamer artist chef designer photographer producer consultant
    clerk judge witness survivor victim passenger visitor
    coach player captain mechanic technician programmer architect accountant pharmacist
    headmaster headmistress cashier labourer laborer builder contractor carpenter tailor
    waiter waitress baker butcher landlord landlady rancher herder planter trucker porter
    forwarder priest imam pastor nun
    """
    )
    | ELDERS
    | KIN
)
"""Occupations that name a person ("Driver Somsak", "a Lao vendor", "the farmer")."""

KIN_GENDER = {
    **dict.fromkeys(
        ("wife", "daughter", "mother", "sister", "aunt", "grandmother", "granddaughter"), "f"
    ),
    **dict.fromkeys(
        ("husband", "son", "father", "brother", "uncle", "grandfather", "grandson"), "m"
    ),
    "niece": "f",
    "nephew": "m",
    "widow": "f",
    "widower": "m",
}
"""Relations that tell a person's gender where they introduce the name ("His daughter,
Mereoni Koroi")."""

OFFICE_WORDS = OCCUPATIONS | words(
    """
    secretary-general secretary minister president vice-president premier chancellor
    spokesperson spokesman spokeswoman ambassador envoy director director-general
    chairman chairwoman chair chairperson chief ceo head deputy vice undersecretary
    under-secretary commissioner governor mayor senator lawmaker official officer
    adviser advisor counsellor councillor professor researcher fellow economist analyst
    scholar editor editor-in-chief correspondent columnist founder co-founder king queen
    prince general admiral colonel representative delegate coordinator manager
    executive leader spokesperson representative secretary-general's consul
    vice-minister vice-chairman emir sultan president-elect diplomat attache member ranking
    regent prefect magistrate treasurer registrar ombudsman comptroller speaker
    attorney-general auditor-general solicitor-general consul-general mep mp legislator
    congressman congresswoman parliamentarian
    foreign trade commerce finance defence defense economy energy industry investment
    agriculture interior home health education tourism transport digital state prime
    senior visiting former acting permanent assistant associate principal lead top
    junior first general executive managing research
    """
)
"""Words of titles and offices ("Foreign Minister", "senior research fellow")."""

BUSINESSES = words(
    """
    carmaker automaker chipmaker steelmaker drugmaker toymaker shoemaker phonemaker giant
    conglomerate chain brand startup start-up roaster processor distributor telco
    broadcaster bourse exchange smelter bottler courier platform e-tailer
    operator developer carrier lender insurer producer manufacturer retailer miner refiner
    utility shipper tank consultancy brokerage
    """
)
"""What business news calls a company before its name ("Chinese carmaker BYD", "coffee
chain Luckin", "e-commerce giant Alibaba")."""

TITLE_HEADS = (
    OCCUPATIONS
    | words(
        """
    secretary-general secretary minister president premier chancellor spokesperson
    spokesman spokeswoman ambassador envoy director director-general chairman
    chairwoman chair chairperson chief ceo head commissioner governor mayor senator
    lawmaker official officer adviser advisor counsellor councillor professor researcher
    fellow economist analyst scholar editor editor-in-chief correspondent columnist
    founder king queen prince general admiral representative coordinator manager
    executive leader consul vice-minister vice-chairman emir sultan diplomat deputy
    treasurer registrar ombudsman comptroller speaker attorney-general auditor-general
    solicitor-general consul-general mep parliamentarian
    undersecretary under-secretary ministry agency secretariat embassy government
    organisation organization commission committee department office council institute
    bank company firm newspaper bloc authority bureau mission union mp legislator
    congressman congresswoman side delegation body tribunal court regulator watchdog
    attache attaché counselor minister-counsellor regent prefect magistrate
    """
    )
    | BUSINESSES
)
"""Heads of definite descriptions that name a speaker ("the minister", "the ministry")."""

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "sir", "madam", "dame", "h.e", "he.", "sen", "rep", "atty"}
    | {"ir", "ts", "engr", "bro", "brother", "sister"}
    | {"datuk", "dato", "dato'", "datin", "tun", "toh", "puan", "tunku", "tengku", "haji"}
    | {"hajah", "pehin", "pengiran", "khun", "pak", "bu", "ibu", "bapak", "seri"}
    | {"u", "daw", "dasho", "lyonpo", "lyonchhen", "aum"}
    | {"hon", "honourable", "honorable", "rt"}
)
"""Honorifics before a name, including the Malay ("Datuk Seri"), Indonesian ("Pak"),
Thai ("Khun"), Burmese ("U", "Daw") and Bhutanese ("Dasho", "Lyonpo" for a minister,
"Aum") ones, and the Commonwealth's "Hon." of members and ministers; "Tan Sri" is read
as a pair in the code,
since Tan is a surname."""

NATIONALITIES = words(
    """
    chinese indonesian malaysian thai vietnamese filipino philippine singaporean
    cambodian lao laotian burmese bruneian timorese japanese korean indian australian
    american british european russian french german canadian pakistani bangladeshi
    myanmar taiwanese mongolian african arab turkish iranian israeli brazilian mexican
    new-zealand asean u.s. us u.k. uk eu un un's u.s u.k u.n
    """
)

CONNECTORS = frozenset(
    {"of", "on", "for", "to", "and", "the", "de", "da", "van", "von", "der", "bin", "binti"}
    | {"al", "el", "la", "le", "del", "y", "&", "in", "at", "dela", "dos", "das"}
)
"""Lowercase words that may join the capitalised words of one name."""

ORG_HEADS = (
    words(
        """
    ministry council institute agency organization organisation association commission
    committee department office secretariat government bank fund university center
    centre foundation embassy mission parliament assembly congress senate court party
    federation chamber board authority bureau administration corporation company group
    inc ltd network alliance union society club academy school college institution
    cabinet presidency chairmanship palace police army navy military coalition consortium league
    guard junta directorate inspectorate service
    observatory lab laboratory watch republic kingdom emirates
    railway railways airline airlines airways port tribunal regulator watchdog
    lines holdings industries enterprises trading logistics shipping foods farms textiles
    motors plantations
    """
    )
    | BUSINESSES
)
"""Heads of organisation names that may speak ("the Ministry of Commerce")."""

OUTLET_HEADS = words(
    """
    news times daily post journal herald tribune review online press television tv radio
    reuters bloomberg xinhua cctv cgtn afp ap bbc cnn nikkei gazette magazine weekly
    newspaper broadcaster telegraph chronicle wire
    """
)
"""Words that mark a publication or broadcaster ("CCTV News", "the Jakarta Post")."""

MONTH_NAMES = words(
    "january february march april may june july august september october november december"
)
"""The months' full names."""

SPEECH_MEDIA = words(
    """
    statement interview speech post letter message briefing conference remarks address
    video email note op-ed column editorial podcast broadcast communique filing
    """
)
"""What a person speaks in ("in a statement", "at a briefing", "in an op-ed")."""

NON_SPEAKER_HEADS = (
    words(
        """
    agreement area partnership protocol initiative plan vision framework treaty
    convention summit meeting conference sea road belt grid zone program programme
    project strategy masterplan roadmap community forum's market markets economy trade
    island islands river street province city region ocean strait peninsula mountains
    war crisis pandemic policy visa act law bill rules regulation standard index report
    negotiations talks dialogue round session upgrade chapter
    reports study survey data figures statement statements communique declaration
    asia europe africa america americas pacific oceania
    monday tuesday wednesday thursday friday saturday sunday
    """
    )
    | MONTH_NAMES
)
"""Heads of names that do not speak (agreements, places, events, documents)."""

SENTENCE_ADVERBS = words(
    """
    meanwhile however also but and yet still separately earlier later then now today
    yesterday moreover furthermore additionally instead similarly likewise indeed thus
    hence therefore finally speaking in on at for with from by as after before during
    while when since although though if because regarding concerning this that these
    those it there here what why how who where which such another each every
    no not only even just according last next first second third ultimately overall
    besides despite amid among under over against across between within without
    through throughout beyond given following based nevertheless nonetheless please kindly
    """
)
"""Capitalised sentence openers that are not part of a name ("Meanwhile Kao said")."""

APPOSITIVE_STARTS = words(
    "a an the who whose which former current currently also one head chief director "
    "deputy senior acting partner"
)

AUDIENCES = words(
    """
    reporters journalists media press meeting seminar forum conference summit audience
    delegates participants lawmakers parliament listeners viewers readers crowd
    gathering session assembly students attendees him her them us me briefing interview
    hearing panel ceremony event broadcaster television radio newspaper agency workshop
    webinar roundtable symposium dialogue exhibitors investors visitors guests
    inquiry committee commission house senate tribunal
    breakfast lunch luncheon dinner reception rally convention congress expo fair
    podcast programme program show channel magazine website counterpart counterparts column
    colleagues members supporters staff employees workers shareholders analysts officials
    diplomats residents farmers villagers traders
    """
)
"""What follows "told" and is the audience, not the content ("told reporters")."""

COMMENT_STARTS = (
    "despite",
    "in other words",
    "as a result",
    "in fact",
    "this suggests",
    "this means",
    "this shows",
    "this indicates",
    "this signals",
    "this reflects",
    "that suggests",
    "that means",
    "here is why",
    "however",
    "meanwhile",
    "in contrast",
    "by contrast",
    "still,",
    "still ahead",
    "though,",
    "though ",
    "although",
    "nevertheless",
    "nonetheless",
    "on the other hand",
    "critics",
    "analysts",
    "observers",
    "experts",
    "in other words",
    "the move",
    "the meeting",
    "the visit",
    "the remarks",
    "his remarks",
    "her remarks",
    "the comments",
    "his comments",
    "her comments",
    "that worries",
    "this worries",
    "that concerns",
    "that explains",
    "this explains",
    "that leaves",
    "this leaves",
)
"""Sentence openings that start the writer's own comment, ending a continued report."""

PASSIVE_CUES = words(
    """
    emphasized emphasised stressed highlighted noted underscored underlined welcomed
    lauded praised hailed acknowledged stated said mentioned raised discussed expressed
    reaffirmed reiterated commended affirmed announced
    """
)
"""Participles of an agentless or agent passive report ("Connectivity was emphasized")."""

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


PLATFORMS = words(
    """
    wechat weibo facebook twitter instagram tiktok youtube linkedin telegram whatsapp
    douyin xiaohongshu threads reddit bilibili kakaotalk zalo snapchat
    """
)
"""Social platforms: an account posts on one, the platform is never the speaker."""


RANK_WORDS = words(
    "first second senior former acting general executive lead top junior visiting "
    "permanent managing principal associate assistant deputy chief"
)
"""Words of a title that give a rank, not an office ("a senior official", "first
announced"): they name no one without the office after them."""

DOCUMENTS = words("report study survey paper non-paper note summary backgrounder briefing")
"""Documents that speak for those who wrote them ("the report found", "a CFR backgrounder
notes"): the words every rule on documents shares, each adding its own."""


COUNTRIES = words(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon
    canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark
    djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
    gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon
    lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
    maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger
    nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
    slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda
    ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    """
) | frozenset(
    {
        "costa rica",
        "czech republic",
        "dominican republic",
        "el salvador",
        "equatorial guinea",
        "ivory coast",
        "marshall islands",
        "new zealand",
        "north korea",
        "north macedonia",
        "papua new guinea",
        "saudi arabia",
        "sierra leone",
        "solomon islands",
        "south africa",
        "south korea",
        "south sudan",
        "sri lanka",
        "timor-leste",
        "east timor",
        "trinidad and tobago",
        "united arab emirates",
        "united kingdom",
        "united states",
        "viet nam",
        "cook islands",
        "hong kong",
        "macau",
        "macao",
    }
)
"""Countries and territories by their short English names (lowercase), so that "the
ambassador to Fiji Bambang Wiryawan" is read as a place and a name."""


PLACES = frozenset(
    line.strip().lower()
    for line in """
    Hong Kong
    Kuala Lumpur
    Phnom Penh
    Ho Chi Minh City
    Bandar Seri Begawan
    Nay Pyi Taw
    Chiang Mai
    Chiang Rai
    Da Nang
    Hai Phong
    Siem Reap
    Johor Bahru
    Kota Kinabalu
    Kota Bharu
    Luang Prabang
    Lang Son
    Lao Cai
    Can Tho
    Quang Ninh
    Binh Duong
    Dong Nai
    Bac Ninh
    Ha Long
    Mong Cai
    Tanjung Pelepas
    Tanjung Priok
    Laem Chabang
    Map Ta Phut
    Khon Kaen
    Nong Khai
    Mae Sot
    Cebu City
    Quezon City
    Davao City
    Subic Bay
    Petaling Jaya
    George Town
    West Java
    East Java
    Central Java
    North Sumatra
    South Sulawesi
    Riau Islands
    Tbong Khmum
    Preah Sihanouk
    Kampong Cham
    Kampong Speu
    Koh Kong
    Svay Rieng
    Banteay Meanchey
    Stung Treng
    Sri Lanka
    Papua New Guinea
    East Timor
    North Korea
    New Delhi
    Inner Mongolia
    Beibu Gulf
    Central Asia
    Southeast Asia
    South-east Asia
    East Asia
    South Asia
    South China Sea
    Middle East
    Latin America
    New York
    Los Angeles
    San Francisco
    Abu Dhabi
    Saudi Arabia
    Cape Town
    Tel Aviv
    Ulaan Baatar
    """.strip().splitlines()
)
"""Places of more than one word that read like a person's name ("Hong Kong", "Phnom
Penh"): a place is never a person, whatever pronoun follows it."""

CITIES = PLACES | words(
    """
    jakarta manila hanoi bangkok singapore vientiane yangon naypyitaw naypyidaw dili
    beijing shanghai guangzhou nanning kunming shenzhen tokyo seoul busan taipei
    canberra sydney wellington delhi mumbai dhaka karachi islamabad colombo kathmandu
    moscow astana almaty bishkek tashkent dushanbe ashgabat ulaanbaatar washington
    london paris berlin brussels geneva vienna rome madrid cairo doha dubai riyadh
    surabaya medan bandung makassar cebu davao penang putrajaya danang haiphong
    mandalay battambang sihanoukville luang
    """
)
"""Cities that open a dateline ("JAKARTA - "): a plain hyphen after one is the dateline's
dash, where after any other word in capitals it may be part of a heading."""


CAPITALS = {
    "manila": "philippines",
    "hanoi": "vietnam",
    "jakarta": "indonesia",
    "bangkok": "thailand",
    "phnom penh": "cambodia",
    "vientiane": "laos",
    "naypyitaw": "myanmar",
    "naypyidaw": "myanmar",
    "nay pyi taw": "myanmar",
    "kuala lumpur": "malaysia",
    "putrajaya": "malaysia",
    "bandar seri begawan": "brunei",
    "dili": "timor-leste",
    "tokyo": "japan",
    "seoul": "south-korea",
    "new delhi": "india",
    "canberra": "australia",
    "wellington": "new-zealand",
    "washington": "united-states",
    "brussels": "european-union",  # the seat of the Union's institutions
}
"""Capitals that speak for their states ("Manila said it would file a protest"), and
Brussels for the European Union, by the actor id; Beijing is an alias of China in the
corpus's own data."""


STAGE_NOTES = r"laughs?|laughter|applause|inaudible|crosstalk|pause|cheers|chuckles?|sighs?"
"""A transcript's notes of what was heard besides the words ("[laughs]", "(inaudible)"),
as a pattern's alternatives."""

ACRONYMS = words(
    """
    ASEAN WTO IMF ADB AIIB UN UNDP UNCTAD ESCAP US USA UK EU SCO RCEP ACFTA CPTPP APEC
    OECD BRICS NATO G20 G7 GDP SME SMES MSME MSMES CEO CFO PRC ROK DPRK PNG UAE NZ IPEF
    ILO WHO FAO UNESCO AFP BBC CNN CGTN ASEAN-CHINA
    """
)
"""Initials that stay in capitals when a name written in capitals is written as a name
("ASEAN SECRETARIAT" is "ASEAN Secretariat")."""
