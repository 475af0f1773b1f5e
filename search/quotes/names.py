"""Names, titles and the people and organisations one article talks about.

Speaker attribution needs to turn what the text says ("Sir Keir", "Ms Haigh",
"the regulator", "he") into one full name per person or organisation *within an
article*. This module holds the word lists that make that possible with plain
rules (honorifics, titles, role nouns, organisation words, common given names
for gender) and `EntityTable`, which gathers every name form an article uses and
answers "which entity does this mention stand for".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import UNNAMED_SOURCES


def word_set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


HONORIFIC_GENDER = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "baron": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "baroness": "f",
    "dr": "",
    "prof": "",
    "professor": "",
    "rev": "",
    "reverend": "",
    "mx": "",
}
"""Honorifics are dropped from a speaker's name but tell us the gender."""

FIRST_NAME_HONORIFICS = frozenset({"sir", "dame"})
"""`Sir Keir` and `Dame Judi` use the given name, not the surname."""

PERSON_TITLES = word_set(
    """president vice sen senator rep representative gov governor lt gen general col
    capt sgt adm cmdr maj secretary minister prime chancellor speaker leader mayor judge
    justice chief chairman chairwoman chair director commissioner ambassador attorney
    councilman councilwoman congressman congresswoman assemblyman assemblywoman delegate
    sheriff pope king queen prince princess bishop cardinal rabbi imam pastor coach
    officer detective agent premier mp mep msp whip spokesman spokeswoman spokesperson
    deputy treasurer comptroller superintendent sergeant lieutenant colonel captain
    admiral president-elect senator-elect justice undersecretary under-secretary envoy
    consul pres"""
)
"""Title words written before a name (`Technology Secretary Liz Kendall`)."""
DOTTED_TITLES = word_set("del")
"""Titles that are a title only written short with a full stop ("Del. Stacey Plaskett",
a delegate): without it the word opens names ("Del Monte", "Del Webb")."""

ROLE_NOUNS = word_set(
    """president senator congressman congresswoman representative governor secretary
    minister chancellor speaker leader mayor judge justice chairman chairwoman chair
    director commissioner ambassador attorney spokesman spokeswoman spokesperson official
    officials aide adviser advisor strategist consultant analyst economist professor
    expert lawyer candidate nominee front-runner frontrunner contender hopeful billionaire
    businessman businesswoman mogul executive founder ceo chief manager host anchor
    reporter journalist columnist writer author editor activist organizer pollster
    researcher scientist doctor officer general commander lawmaker legislator politician
    mp mep member delegate son daughter wife husband father mother brother sister
    republican democrat conservative liberal independent head deputy staffer operative
    veteran pastor preacher bishop rabbi imam priest campaigner historian scholar fellow
    senator-elect president-elect chairperson premier attorney-general secretary-general
    envoy emissary consul
    businessperson entrepreneur investor banker producer actor actress star comedian
    singer rapper donor supporter critic rival opponent voter resident owner partner
    lieutenant colonel captain admiral sergeant agent detective sheriff prosecutor
    physician surgeon nurse teacher student coach player president-elect
    commentator pundit blogger surrogate counsel counselor adviser whip undersecretary
    dealer trader broker arbitrageur underwriter source"""
)
"""Nouns naming a person by role (`the senator`, `Committee chairwoman`)."""

FEMALE_ROLES = word_set(
    """chairwoman spokeswoman congresswoman businesswoman wife mother daughter sister
    actress councilwoman assemblywoman queen princess lady baroness dame"""
)
MALE_ROLES = word_set(
    """chairman spokesman congressman businessman husband father son brother councilman
    assemblyman king prince lord baron"""
)

ORG_HEADS = word_set(
    """committee commission council department ministry office agency bureau
    administration authority board party campaign association union federation
    foundation institute institution center centre fund bank group company corporation
    corp inc llc ltd plc pac network news times post journal tribune herald press media
    university college school court church coalition alliance society caucus club
    organization organisation service services team government parliament congress
    senate assembly cabinet police army navy force guard trust league movement forum
    conference initiative project secretariat regulator watchdog firm newspaper paper
    outlet website panel charity embassy magazine station channel broadcaster network
    airline exchange community co daily fed holdings fc afc rfc llp brothers bros
    motors airlines airways systems technologies laboratories pharmaceuticals
    electronics enterprises stores mills chemicals bancorp maker makers chamber
    review gazette chronicle telegraph mail mirror express courier
    zeitung tageblatt rundschau kurier presse handelsblatt anzeiger shimbun pravda
    izvestia gazzetta directorate landesbank girozentrale sparkasse kreditanstalt bankverein
    united rovers wanderers athletic albion hotspur"""
)
"""Words that make a name or description an organisation (`Ofcom`, `the committee`)."""

PORTFOLIOS = word_set(
    """energy mines mining minerals finance trade industry industries agriculture defence
    defense health education labour labor commerce economy economic planning transport
    transportation communications justice interior culture tourism fisheries forestry
    environment petroleum oil development works housing information telecommunications
    resources power welfare security budget treasury cooperation affairs foreign home
    social national public international exchequer natural water science technology"""
)
"""What a minister is of ("Minister of Mines and Energy Subroto"): part of the title."""

DOC_HEADS = word_set(
    """statement post tweet letter email e-mail message release memo report note filing
    ad advertisement video page petition caption sign banner editorial op-ed column
    article blog document transcript notice complaint lawsuit motion order ruling
    decision website account book speech interview outlook bulletin communique
    newsletter"""
)
"""Things that "read" or "say" on behalf of whoever wrote them."""

CHAMBER_PREFIXES = frozenset({"commons", "lords"})
"""UK select committees are named without the chamber (`the Commons Women and
Equalities Committee` is the `Women and Equalities Committee`)."""

PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "di"})
CONNECTORS = frozenset({"and", "&", "of", "for", "on"})

STOP_CAPS = word_set(
    """the a an and but or so yet if when while as at in on of for from by with without
    after before during since until though although because this that these those there
    here it its he she his her they their them we our us i my me you your meanwhile
    however still also then now last next earlier later asked speaking writing according
    former some many most several both all each every no not one two three other
    another such what which who why how where monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december today yesterday tomorrow yes instead indeed even just only
    despite under over into through against among between about above below up down out
    off again further once more less much few new old first second third mrs ms mr dr
    sir dame lord lady god oh well like unlike thanks please let do does did is are was
    were be been being have has had will would can could should might must shall
    people americans republicans democrats conservatives liberals analysts officials
    sources traders dealers economists diplomats experts observers bankers brokers
    perhaps maybe others critics supporters voters pollsters reporters residents
    furthermore moreover nevertheless nonetheless additionally besides likewise
    similarly accordingly consequently therefore thus hence otherwise conversely
    alternatively notably separately elsewhere overall altogether neither either nor
    i'm i've i'd i'll"""
)
"""Capitalised words that start sentences but never start a speaker's name."""

NOT_NAMES = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december christmas easter god
    internet
    american americans british french german germans japanese chinese russian russians
    soviet soviets italian spanish canadian canadians mexican brazilian argentine
    indian pakistani iranian iraqi israeli israelis palestinian palestinians egyptian
    saudi syrian turkish greek dutch belgian swiss swedish norwegian danish finnish
    polish hungarian czech austrian irish scottish welsh english australian korean
    taiwanese vietnamese thai indonesian malaysian filipino nigerian kenyan african
    european europeans asian arab arabs western eastern"""
)
"""Capitalised words that never name a speaker on their own: days, months, and
nationalities ("Japanese officials said" quotes officials, not a "Japanese")."""

MONTH_ABBREVIATIONS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
"""Datelines ("CHICAGO, Oct 20 -") put a capitalised month right before the story."""
REGION_ABBREVIATIONS = word_set(
    """ala ariz ark calif colo conn fla ga ill kan kans ky md mass mich minn neb nev okla
    ore penn tenn tex vt va wva pa ind wash wis wyo ont que alta sask nfld"""
)
"""US state and Canadian province abbreviations, written after a town ("Greenwich,
Conn said"): places, never the one who speaks."""
PROVINCES = word_set(
    """ontario quebec alberta saskatchewan manitoba newfoundland queensland tasmania
    england scotland wales"""
)
"""Provinces and home nations, named alone after a town ("Sudbury, Alberta said")."""
PARTY_ADJECTIVES = word_set(
    """democratic communist socialist islamic venezuelan peruvian philippine colombian
    chilean ecuadorean"""
)
"""Parties and peoples as adjectives ("one Democratic party strategist said"): they
describe a speaker, they never name one. ("a Democrat" and "Mexicans" are people, and
stay.)"""
PARTY_MEMBERS = word_set("democrat republican")
"""A member of a party, written with a capital: a word that describes a lawmaker ("the
Ohio Democrat", "one Republican strategist", "Democrat Ann Roe"), never a name."""


def party_word(word: str) -> bool:
    """`Republican`, `Democratic`: a party or people's word, part of a description."""
    return norm(word) in PARTY_MEMBERS or norm(word) in PARTY_ADJECTIVES


GROUPS = word_set(
    """readers viewers listeners callers voters residents critics protesters demonstrators
    fans supporters opponents investors shareholders workers employees consumers
    customers parents students witnesses villagers locals commentators observers"""
)
"""Generic groups ("Readers wrote in", "Critics said"): many people, never one speaker."""
NOT_NAME_WORDS = (
    NOT_NAMES | MONTH_ABBREVIATIONS | REGION_ABBREVIATIONS | PROVINCES | PARTY_ADJECTIVES | GROUPS
)
_TAGGED_PLACE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
_TAG_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
_STATE_TAGS = {
    abbreviation.replace(".", "").lower(): name.replace("_", " ")
    for abbreviation, name in re.findall(
        r"(\S+)=(\S+)",
        """Ala=Alabama AL=Alabama Ariz=Arizona AZ=Arizona
        Ark=Arkansas AR=Arkansas Calif=California CA=California Colo=Colorado CO=Colorado
        Conn=Connecticut CT=Connecticut Del=Delaware DE=Delaware Fla=Florida FL=Florida
        Ga=Georgia GA=Georgia Ill=Illinois IL=Illinois Ind=Indiana IN=Indiana Kan=Kansas
        Kans=Kansas KS=Kansas Ky=Kentucky KY=Kentucky La=Louisiana LA=Louisiana Md=Maryland
        MD=Maryland Mass=Massachusetts MA=Massachusetts Mich=Michigan MI=Michigan
        Minn=Minnesota MN=Minnesota Miss=Mississippi MS=Mississippi Mo=Missouri MO=Missouri
        Mont=Montana MT=Montana Neb=Nebraska NE=Nebraska Nev=Nevada NV=Nevada
        N.H=New_Hampshire NH=New_Hampshire N.J=New_Jersey NJ=New_Jersey N.M=New_Mexico
        NM=New_Mexico N.Y=New_York NY=New_York N.C=North_Carolina NC=North_Carolina
        N.D=North_Dakota ND=North_Dakota Okla=Oklahoma OK=Oklahoma Ore=Oregon OR=Oregon
        Pa=Pennsylvania PA=Pennsylvania R.I=Rhode_Island RI=Rhode_Island
        S.C=South_Carolina SC=South_Carolina S.D=South_Dakota SD=South_Dakota
        Tenn=Tennessee TN=Tennessee Tex=Texas TX=Texas Vt=Vermont VT=Vermont Va=Virginia
        VA=Virginia Wash=Washington WA=Washington W.Va=West_Virginia WV=West_Virginia
        Wis=Wisconsin WI=Wisconsin Wyo=Wyoming WY=Wyoming AK=Alaska HI=Hawaii ID=Idaho
        IA=Iowa ME=Maine OH=Ohio UT=Utah""",
    )
}
"""State abbreviations in a lawmaker's party tag ("D-Vt.", "R-N.Y."), to their names."""


def party_tag_role(tag: str) -> str:
    """`D-Ohio` -> "Ohio Democrat", `R-N.Y.` -> "New York Republican": the description
    a story goes on to use for the one tagged ("the Ohio Democrat"); '' if no tag."""
    tag = tag.rstrip(".")
    if not _TAGGED_PLACE.fullmatch(tag):
        return ""
    party, place = tag.split("-", 1)
    state = _STATE_TAGS.get(place.replace(".", "").lower(), place)
    return f"{state} {_TAG_PARTIES[party]}"


"""A lawmaker's party and state, "D-Vt", "R-Iowa": a tag after a name, not a name."""


def source_noun(words: list[str]) -> str:
    """`U.S. Official`, `Japanese Banker`: a description some wire copy writes in
    capitals, a place or people's adjective and a noun for an unnamed source, is no
    one's name. Its head noun, or "" for a name (`John Banker`, the `Plain Dealer`)."""
    head = norm(words[-1]) if len(words) > 1 else ""
    if head not in UNNAMED_SOURCES:
        return ""
    places = all("." in w or norm(w) in PLACE_NAMES or _not_name_word(w) for w in words[:-1])
    return head if places else ""


_ADVERB_ENDINGS = ("ately", "ingly", "ently", "antly", "ously", "ively", "edly", "ically")
"""`Reluctantly, Brafman said`: a sentence adverb, never a name (`Kelly`, `Daly` are)."""


def not_a_name(words: list[str]) -> bool:
    """Capitalised words that look like a name but never name a speaker.

    Besides the word lists: a hyphenated word whose last part is lower case
    ("London-based", "Chinese-made") is an adjective, and a range of months
    ("April-June") or a party-and-state tag ("D-Vt") is no one.
    """
    return bool(words) and all(_not_name_word(w) for w in words)


def _not_name_word(word: str) -> bool:
    if len(norm(word).rstrip(".")) < 2:
        return True  # "A and P", "Creditbank A/S": a letter of a firm's name, no one
    if norm(word) in NOT_NAME_WORDS or norm(word).endswith(_ADVERB_ENDINGS):
        return True
    if "-" not in word:
        return False
    if _TAGGED_PLACE.fullmatch(word.rstrip(".")):
        return True
    parts = [p for p in word.split("-") if p]
    if not parts or parts[-1].islower():
        return True
    return all(norm(p) in NOT_NAME_WORDS for p in parts)


GIVEN_NAMES_M = word_set(
    """james john robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
    kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
    carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
    willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
    philip louis harry ted bill bob jim tom tim mike steve dan dave rick chris ben sam
    nick tony jeff greg ron ken phil pete al hugh ian neil gordon ed angus alastair
    alistair graham colin martin simon rupert oliver owen lee luke liam stuart malcolm
    duncan hamish rory callum ali mohammed ahmed mitch chuck bernard marco rick
    rudy ben ron rob tommy johnny jimmy danny marty
    mickey freddie eddie frankie chip skip hank buck bud woody clint lance glenn dale
    earl floyd herbert howard leonard lloyd marvin melvin norman ray warren wesley allen
    alvin barry bradley calvin cody curtis darrell derek dustin edwin erik francis fred
    gene gilbert grant gregg herman jerome joel jon jonathan kirk lewis luis manuel mario
    maurice micah miguel milton mitchell morris neal nathaniel perry preston reggie rex
    rodney roland ross rudy shane shawn spencer stanley stuart terrence todd travis troy
    vernon victor wade wallace ward wendell wilbur dwight elliott everett franklin harvey
    ivan jared jay jesus kurt leon lorenzo marcus mathew max nelson omar oscar pedro
    rafael ramon ricardo roberto salvador sergio tyrone vince xavier abraham benny bennie
    boris carlos cesar cory darren dean devin dominic doug emmanuel ernest ethan
    fernando gavin gerry graham hector ira isaac jake javier jeremiah jorge josh julian
    karl kenny kent lamar lionel lucas malik marshall mohamed muhammad nigel ollie
    pat randall reid reuben rocco rod rodrigo russ sidney steve theodore
    tobias trent trey vladimir wilson zach"""
)
GIVEN_NAMES_F = word_set(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
    helen anna brenda pamela nicole emma samantha katherine christine debra rachel
    catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
    olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
    jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris
    abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie
    diana brittany natalie isabella charlotte rose alexis kayla liz louise nicola
    harriet debbie jill hope sheila claire hillary carly nikki sarah
    chelsea michele elizabeth dianne nancy kirsten tammy
    patty barbara susan lisa maxine sheila jeanne kathy cathy peggy penny sally
    wendy yvonne vanessa valerie tina tracy tanya sylvia stacy sonia shannon rita renee
    regina paula norma monica molly meredith melinda megan marcia lori lillian lena kristen
    kristin kim kathleen karla jody jo joanne joann jennie jeanette janine jane jan irene
    ingrid holly gwen georgia gail francine felicia erica erin ellen eileen edith dolores
    dianne deanna dawn darlene daisy cindy christy cheryl charlene carrie carla candace
    camille bonnie beth bernadette becky ava audrey april annie anne annette alicia
    allison alison alexandra agnes abby loretta lucy mae maggie marianne marsha mildred
    miriam nina patsy phyllis priscilla rachael roberta ruby sandy sue suzanne tara
    terri vicki vivian wanda zoe ana adriana alma anita beatrice brianna caroline cecilia
    clara colleen constance courtney dana eleanor elena elaine eva faith fiona gina
    hazel heidi hilary imani iris jacqueline janet jennifer jessie joy juanita kara
    katie kay kelly kristina leah leslie linda lydia lynn mandy marion martha maya
    mia michaela natasha naomi olga pam pauline rebekah rosa rosemary sabrina selena
    shelley sofia stella tamara teresa theresa ursula veronica whitney yolanda"""
)
"""Common given names, so `he`/`she` can skip people of the other gender."""
UNISEX_NAMES = word_set(
    """lee jesse jessie terry pat chris sam jordan dale kelly jan dana leslie lynn kim
    jody tracy stacy shannon gail marion sandy kay jo robin"""
)
"""Given names men and women both carry: a guess for pronouns, never enough to say
that "Ms. Epstein" cannot be the Lee Epstein named before."""
NAMES_OF_EITHER_LANGUAGE = word_set(
    """jean joan andrea nicola michele simone daniele gabriele alexis camille"""
)
"""Given names a man carries in one language and a woman in another (French "Jean",
Catalan "Joan", Italian "Andrea", "Nicola", "Michele"): in news from anywhere they
say nothing of gender, not even as a guess, so a "he" may mean them."""


def is_given_name(word: str) -> bool:
    low = norm(word)
    return low in GIVEN_NAMES_M or low in GIVEN_NAMES_F


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


@dataclass
class Entity:
    """One person or organisation as one article refers to it."""

    tokens: list[str]
    """The longest name form seen, honorifics and titles removed."""
    kind: str = "person"
    gender: str = ""
    roles: list[str] = field(default_factory=list)
    gender_fixed: bool = False
    """Gender came from an honorific, role or given name, not from nearby pronouns."""
    gender_strength: int = 0
    """How the gender is known: 2 from the article's own words (an honorific, a
    gendered role), 1 from a given name that is one gender's, 0 from a given name
    both carry or from pronouns. The article outranks the lists: "Ms. Lee Epstein"
    is a woman, whatever "Lee" usually is."""
    votes: dict[str, int] = field(default_factory=dict)
    spoke: bool = False
    """Seen as the subject of a speech verb or as a quotation's speaker."""
    person_evidence: int = 0
    org_evidence: int = 0
    definite: int = 0
    """Mentions written with "the" and no title (`the Guardian`): an organisation, unless
    anything else says it is a person."""
    first_pos: int = 0

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def add_role(self, role: str) -> None:
        role = role.strip(" ,")
        if role and role.lower() not in (r.lower() for r in self.roles):
            self.roles.append(role)

    def finish(self) -> None:
        if (
            incorporated(self.tokens)
            or self.org_evidence > self.person_evidence
            or self.definite
            and not (self.person_evidence or self.gender)
        ):
            self.kind = "organisation"


def title_strength(noun: str) -> int:
    """How sure a gendered role noun is: "chairman" and "spokesman" are written for
    some women too, so they count like a given name; "wife", "chairwoman" do not err."""
    return 1 if noun.endswith("man") and noun in MALE_ROLES else 2


def gender_of(tokens: list[str], honorific: str, role: str) -> tuple[str, int]:
    """Gender from an honorific, a gendered role noun or a common given name, with
    its strength (see `Entity.gender_strength`)."""
    g = HONORIFIC_GENDER.get(norm(honorific), "") if honorific else ""
    if g:
        return g, 2
    words = {norm(w) for w in role.split()}
    if words & FEMALE_ROLES:
        return "f", 2
    male = words & MALE_ROLES
    if male:
        return "m", min(map(title_strength, male))
    if len(tokens) >= 2:
        first = norm(tokens[0])
        strength = 0 if first in UNISEX_NAMES else 1
        if first in NAMES_OF_EITHER_LANGUAGE:
            return "", 0
        if first in GIVEN_NAMES_F:
            return "f", strength
        if first in GIVEN_NAMES_M:
            return "m", strength
    return "", 0


def _bar_list(spec: str) -> frozenset[str]:
    return frozenset(
        item.strip().lower() for item in spec.replace("\n", "|").split("|") if item.strip()
    )


WIRE_SERVICES = _bar_list(
    """reuters|associated press|ap|afp|agence france-presse|bloomberg|xinhua|tass|itar-tass
    kyodo|jiji|yonhap|interfax|ria novosti|upi|united press international|dow jones|dpa
    efe|ansa|anadolu|pti|press association|pa|bernama|antara|mena|irna|kcna|wafa"""
)
"""News agencies, quoted as the ones told ("told Reuters"), never as a person."""
COUNTRIES = _bar_list(
    """afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan
    bahrain|bangladesh|belarus|belgium|bolivia|bosnia|botswana|brazil|britain|bulgaria
    burma|cambodia|cameroon|canada|chile|china|colombia|congo|costa rica|croatia|cuba
    cyprus|czechoslovakia|denmark|ecuador|egypt|el salvador|estonia|ethiopia|finland
    france|georgia|germany|ghana|greece|guatemala|haiti|honduras|hungary|iceland|india
    indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya
    kuwait|laos|latvia|lebanon|liberia|libya|lithuania|luxembourg|malaysia|mali|malta
    mexico|moldova|mongolia|morocco|mozambique|myanmar|namibia|nepal|netherlands
    new zealand|nicaragua|niger|nigeria|north korea|norway|oman|pakistan|panama
    paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia
    senegal|serbia|singapore|slovakia|slovenia|somalia|south africa|south korea|spain
    sri lanka|sudan|sweden|switzerland|syria|taiwan|tanzania|thailand|tunisia|turkey
    uganda|ukraine|united kingdom|united states|america|uruguay|uzbekistan|venezuela|vietnam
    yemen|yugoslavia|zaire|zambia|zimbabwe|the united states|the united kingdom
    the netherlands|the philippines|u.s|u.k|usa|ussr|soviet union|the soviet union"""
)
US_STATES = _bar_list(
    """alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida
    hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland
    massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada
    new hampshire|hampshire|new jersey|new mexico|new york|york|north carolina
    south carolina|carolina|north dakota|south dakota|dakota|ohio|oklahoma|oregon
    pennsylvania|rhode island|tennessee|texas|utah|vermont|virginia|west virginia
    wisconsin|wyoming|d.c|washington d.c"""
)
"""Places a quote is said in or a speaker comes from ("Lee Zeldin of New York, a Trump
supporter, said"). "York" and "Hampshire" stand for the states a name run splits."""
CITIES = _bar_list(
    """washington|london|paris|bonn|berlin|frankfurt|brussels|geneva|zurich|vienna|rome|milan
    madrid|lisbon|amsterdam|stockholm|oslo|copenhagen|helsinki|athens|dublin|moscow|warsaw
    prague|budapest|tokyo|osaka|peking|beijing|shanghai|hong kong|taipei|seoul|manila
    jakarta|bangkok|kuala lumpur|sydney|melbourne|wellington|new delhi|bombay|karachi
    tehran|baghdad|riyadh|jeddah|dubai|abu dhabi|cairo|tel aviv|jerusalem|ankara|istanbul
    nairobi|lagos|johannesburg|toronto|ottawa|montreal|vancouver|chicago|houston|dallas
    detroit|boston|philadelphia|atlanta|miami|denver|los angeles|san francisco|caracas
    mexico city|buenos aires|sao paulo|rio de janeiro|lima|bogota|santiago|havana
    wall street|mideast|middle east|mideast gulf|gulf|europe|asia|africa
    ontario|quebec|alberta|saskatchewan|manitoba|newfoundland|british columbia|nova scotia
    new brunswick|queensland|tasmania|new south wales|england|scotland|wales
    latin america|north america|south america|west germany|east germany"""
)
"""Where a story happens or a trader sits ("an oil trader in Tokyo said"): no one who
speaks, so "he" and "the official" never point back at them."""
PLACE_NAMES = COUNTRIES | US_STATES | CITIES
ORGANISATION_NAMES = _bar_list(
    """white house|kremlin|pentagon|downing street|number 10|no 10|whitehall|elysee
    élysée|capitol hill|treasury|home office|foreign office|state department|vatican
    labour|tories|tory party|conservatives|lib dems|liberal democrats|snp|ukip|plaid cymru
    sinn fein|dup|greens|reform uk|gop|democratic party|republican party|likud|bjp|anc
    cdu|spd|fdp|afd|ldp|kmt|nato|opec|un|eu|imf|fbi|cia|nhs|bbc
    twitter|facebook|instagram|youtube|google|amazon|apple|microsoft"""
)
"""Parties, governments named by their seat ("the White House said") and the platforms
that speak for themselves ("Twitter said in a statement"): quoted like organisations, so
they are never people and `he`/`she` never point back at them."""
NEVER_PEOPLE = WIRE_SERVICES | PLACE_NAMES | ORGANISATION_NAMES
"""Quoted as sources ("told Reuters", "Japan said") but never people, so `he` and
`she` must not point back at them."""


def firm_pair(words: list[str]) -> bool:
    """`Duff and Phelps`, `Deloitte Haskins and Sells`: a firm named after its partners.

    People are never named with "and" between their names, so a run of one or
    two surnames, "and", and one more is a firm (a partnership, an auditor, a
    broker), unless a given name, a title or a place shows two speakers
    ("Reagan and Nancy", "Britain and France").
    """
    joins = [i for i, w in enumerate(words) if w.lower() in ("and", "&")]
    if len(joins) != 1 or joins[0] not in (1, 2) or joins[0] != len(words) - 2:
        return False
    parts = words[: joins[0]] + words[-1:]
    return all(_partner(w) for w in parts)


def _partner(word: str) -> bool:
    low = norm(word)
    if not (word[:1].isupper() and word.isalpha() and len(word) > 1) or word.isupper():
        return False
    excluded = PERSON_TITLES | ROLE_NOUNS | HONORIFIC_GENDER.keys() | NOT_NAME_WORDS | STOP_CAPS
    return not (is_given_name(word) or low in excluded or low in PLACE_NAMES)


def looks_org(tokens: list[str], role: str, pair_is_firm: bool = True) -> bool:
    if not tokens:
        return False
    if pair_is_firm and firm_pair(tokens):
        return True
    if len(tokens) == 2 and is_given_name(tokens[0]) and norm(tokens[1]) in _SURNAME_HEADS:
        return False  # "Lawrence Mills, director-general of ...", "Emily Post"
    if norm(tokens[-1]) in ORG_HEADS or " ".join(map(norm, tokens)) in NEVER_PEOPLE:
        return True
    if incorporated(tokens):
        return True
    if len(tokens) > 1 and tokens[0] == "First":
        return True  # "First Interstate", "First City": no person's name opens so
    if len(tokens) > 1 and norm(tokens[-1]) in _NAME_ORG_HEADS:
        return True  # "War Information Headquarters", where "Airbus headquarters" is a place
    if len(tokens) == 1 and norm(tokens[0]).endswith(("bank", "corp")) and len(tokens[0]) > 6:
        return True  # "Bundesbank", "Citibank", "Citicorp"
    lows = [norm(w) for w in tokens]
    if any(
        a in ORG_HEADS and b in ("of", "for", "on") for a, b in zip(lows, lows[1:], strict=False)
    ):
        return True  # "Department of Agriculture", "Committee on Credit and Savings"
    role_words = [norm(w) for w in role.split()]
    if role_words and role_words[-1] in ORG_HEADS:
        return True
    return len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1


_SURNAME_HEADS = frozenset({"mills", "post", "church", "court", "press"})
"""Words that end a firm's or paper's name and are common surnames too: after a given
name they name a person."""
FIRM_PLURALS = word_set("partners productions associates securities ventures pictures studios")
"""Plural nouns that close a firm's name when capitalised in it (`General Partners`, `Don
King Productions`, `Bache Securities`) and are people or things in lower case ("the
partners agreed"), so they are no body's head word in a description."""
_NAME_ORG_HEADS = frozenset({"headquarters"}) | FIRM_PLURALS
"""Words that end an organisation's name when capitalised in it, and a place or people
otherwise."""


def clean_org(tokens: list[str]) -> list[str]:
    if len(tokens) > 2 and norm(tokens[0]) in CHAMBER_PREFIXES:
        return tokens[1:]
    return tokens


_NOT_IN_NAMES = frozenset({"of", "and", "&", "for", "the", "at", "from"})
"""Words that join a person's name to something else, never part of it."""


def _better_form(new: list[str], old: list[str]) -> bool:
    """The longest form is the full name; `and` reads better than `&` at equal length."""
    if new[-1] != old[-1]:
        return False
    if len(new) != len(old):
        return len(new) > len(old)
    return "&" in old and "&" not in new


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def as_written(tokens: list[str], written: set[str]) -> list[str]:
    """`MORALES` in a headline in capitals is `Morales` where the story writes it so:
    a name set in capitals, not an acronym."""
    if not all(len(t) > 1 and t.isalpha() and t.isupper() for t in tokens):
        return tokens
    cased = [t.capitalize() for t in tokens]
    return cased if all(c in written for c in cased) else tokens


CORPORATE_SUFFIXES = word_set("inc co corp ltd plc llc gmbh ag sa spa nv bv lp llp")
"""Words that close a company's name ("Texaco Inc") and that the story then drops."""


def possessive_in_name(before: str, after: str) -> bool:
    """`Employers' Associations`, `Workers' Party`: a plural possessive inside the name of
    a body; not `Fox News' Sean Hannity`, the body's person."""
    low = norm(after)
    return before.lower().endswith("s") and (low in ORG_HEADS or low.removesuffix("s") in ORG_HEADS)


def incorporated(tokens: list[str] | tuple[str, ...]) -> bool:
    """`General Electric Co`, `Cie de Saint-Gobain SA`: a name closed by a company suffix
    is a company, whatever title word opens it."""
    return len(tokens) > 1 and norm(tokens[-1]) in CORPORATE_SUFFIXES and tokens[-1][0].isupper()


def firms_joined_at(words: list[str]) -> int:
    """`Texaco Inc and Pennzoil Co`: a company suffix closes a firm's name, so an "and"
    right after one starts another firm. The place of that "and", or -1 (`Morgan
    Stanley and Co`, `Highveld Steel and Vanadium Corp Ltd` are one firm each)."""
    for i in range(1, len(words) - 1):
        if (
            words[i].lower() in ("and", "&")
            and norm(words[i - 1]) in CORPORATE_SUFFIXES
            and words[i - 1][0].isupper()
            and words[i + 1][:1].isupper()
        ):
            return i
    return -1


def company_short_form(tokens: list[str]) -> list[str]:
    """`Texaco Inc` -> `Texaco`, `Morgan Stanley and Co` -> `Morgan Stanley`; [] for a
    name with no company suffix."""
    k = len(tokens)
    while k > 1 and norm(tokens[k - 1]) in CORPORATE_SUFFIXES | {"and", "&"}:
        k -= 1
    return list(tokens[:k]) if k < len(tokens) else []


def _last_key(tokens: list[str]) -> str:
    """The surname a name is found by; `Trump Jr` is found as `trump jr`, never as
    `Trump`, so a son is not merged into his father (nor the father into the son)."""
    short = company_short_form(tokens)
    if short:
        # "Texaco Inc said ... Texaco said": found without its suffix, and never as
        # "Texaco Canada Inc" just for sharing "Inc"
        tokens = short
    last = norm(tokens[-1])
    if last in GENERATIONS and len(tokens) > 1:
        return f"{norm(tokens[-2])} {last}"
    return last


def _two_surnames(tokens: list[str]) -> bool:
    """`Javier Nogales Iturri`, `Mario Rodriguez Montero`: a given name, then two words
    that are no given name, initial, particle or company word: a Spanish name's two
    surnames. `John Paul Jones` (a second given name) and `Robert E Lee` are not."""
    if len(tokens) != 3 or not is_given_name(tokens[0]):
        return False
    return all(
        len(w) > 2
        and w[0].isupper()
        and w[1:].islower()
        and w.isalpha()
        and not is_given_name(w)
        and norm(w) not in PARTICLES | ORG_HEADS | CORPORATE_SUFFIXES | GENERATIONS
        for w in tokens[1:]
    )


def _of_gender(cands: list[Entity], honorific: str) -> list[Entity] | None:
    """The people a surname may mean once its honorific gives a gender.

    A family shares a surname, and "Mrs." or "Mr." says which of them is meant:
    those the article or a one-gender given name makes the other gender are left
    out (a name both carry is no evidence: "Ms. Epstein" may be Lee Epstein). None
    when that leaves nobody, so the mention is someone new rather than a relative.
    """
    g = HONORIFIC_GENDER.get(norm(honorific), "") if honorific else ""
    if not g or not cands:
        return cands
    fits = [e for e in cands if not (e.gender_strength and e.gender != g)]
    return fits or None


def _not_other_sex(cands: list[Entity], tokens: list[str]) -> list[Entity]:
    """`Michelle Obama` after `Mr. Obama`: a full name whose given name is one sex's is
    not the fuller form of a surname the article's own "Mr." or "his wife" gave the
    other sex; she is someone new, and he keeps his quotes."""
    g, strength = gender_of(tokens, "", "")
    if not g or not strength:
        return cands
    return [
        e
        for e in cands
        if not (len(e.tokens) == 1 and e.gender_strength == 2 and e.gender not in ("", g))
    ]


def _person_before_firm(cands: list[Entity]) -> Entity:
    """`Salomon said` after `Salomon Inc` and `managing director Robert Salomon`: news
    calls a person by the surname alone once named in full, and a firm named after a
    family by its own short form just as often; the person is the one the bare word
    means, so the firm named first does not take the quote."""
    if len(cands) > 1 and incorporated(cands[0].tokens):
        for ent in cands[1:]:
            if (
                not incorporated(ent.tokens)
                and len(ent.tokens) > 1
                and is_given_name(ent.tokens[0])
            ):
                return ent
    return cands[0]


class EntityTable:
    """All entities of one article, found from their name mentions."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        self._by_role: dict[str, list[Entity]] = {}
        self._by_generation: dict[str, list[Entity]] = {}
        """`Louis Gerstner Jr` under `gerstner`: whom a bare surname means when the
        article names no other bearer of it."""
        self._by_paternal: dict[str, list[Entity]] = {}
        """`Juan Lechin Oquendo` under `lechin`: a Spanish name carries two surnames, and
        the story goes on with the first (`Lechin said`)."""
        self._order: dict[int, int] = {}
        self._listed: set[tuple[int, str, int]] = set()
        """Each entity's place in `entities`, by identity."""
        self._orgs: dict[int, Entity] = {}
        """Entities with any organisation evidence, by their place in `entities`: the only
        ones `orgs_with` can return, so it need not read every name of a long article."""

    def add(
        self,
        tokens: list[str],
        honorific: str,
        role: str,
        pos: int,
        strong: bool,
        definite: bool = False,
        people: bool = False,
    ) -> Entity:
        """Record one name mention and return the entity it belongs to.

        `definite`: written with "the" and no title (`the Guardian`), which people never are.
        `people`: "X and Y" names two people the story knows, not a firm.
        """
        org = looks_org(tokens, role, pair_is_firm=not people)
        if org:
            tokens = clean_org(tokens)
        pair = firm_pair(tokens) and not people
        ent = self._same_firm(tokens) if pair else self.lookup(tokens, honorific)
        if ent is None:
            ent = Entity(list(tokens), first_pos=pos)
            self._order[id(ent)] = len(self.entities)
            self.entities.append(ent)
        elif _better_form(tokens, ent.tokens):
            ent.tokens = list(tokens)
        self._index(ent)
        self._evidence(ent, tokens, honorific, role, org, strong)
        ent.definite += definite
        return ent

    def _same_firm(self, tokens: list[str]) -> Entity | None:
        """`Duff and Phelps` is found only as itself: never the fuller form of a `Phelps`
        the story named on his own."""
        found = self._by_last.get(_last_key(tokens), [])
        return next(
            (e for e in found if [norm(t) for t in e.tokens] == list(map(norm, tokens))), None
        )

    def _evidence(
        self, ent: Entity, tokens: list[str], honorific: str, role: str, org: bool, strong: bool
    ) -> None:
        if org:
            if not ent.org_evidence:
                self._orgs[self._order[id(ent)]] = ent
            ent.org_evidence += 2
        if honorific:
            ent.person_evidence += 2
        role_words = [norm(w) for w in role.split()]
        if role_words and role_words[-1] in ROLE_NOUNS | PERSON_TITLES:
            ent.person_evidence += 2
        g, strength = gender_of(tokens, honorific, role)
        if g or len(tokens) >= 2 and is_given_name(tokens[0]):
            ent.person_evidence += 1
        if g and (not ent.gender_fixed or strength > ent.gender_strength):
            ent.gender, ent.gender_fixed, ent.gender_strength = g, True, strength
        if role:
            ent.add_role(role)
            self._list_under(self._by_role, role_words[-1], ent)

    def add_org_evidence(self, ent: Entity) -> None:
        """The article calls this name a paper, an agency or an institute."""
        if not ent.org_evidence:
            self._orgs[self._order[id(ent)]] = ent
        ent.org_evidence += 2

    def tie(self, ent: Entity, head: str) -> None:
        """The article sets a role beside this name (an apposition): a later description
        with that head ("the official") may be this entity."""
        self._list_under(self._by_role, head, ent)

    def fuller(self, ent: Entity, tokens: list[str]) -> None:
        """Name `ent` by `tokens` if they are its fuller form.

        "Roach said" read before "said Stephen Roach of Morgan Stanley" made an
        entity called Roach; the full name found at a cue must become its name,
        or the corpus later joins the surname to another Roach.
        """
        if ent.kind == "organisation" or not _better_form(tokens, ent.tokens):
            return
        # "Salomon's di Clemente" and "Arthur Krumper of Munich" name a firm or a
        # town with the person: not a fuller form of the name.
        if not any(t.endswith(("'s", "’s")) or t.lower() in _NOT_IN_NAMES for t in tokens):
            ent.tokens = list(tokens)
            self._index(ent)

    def _index(self, ent: Entity) -> None:
        key = _last_key(ent.tokens)
        self._list_under(self._by_last, key, ent)
        if " " in key:
            self._list_under(self._by_generation, key.split()[0], ent)
        if _two_surnames(ent.tokens):
            self._list_under(self._by_paternal, norm(ent.tokens[1]), ent)
        short = company_short_form(ent.tokens)
        if short:
            # "Dome Petroleum Ltd ... Dome": a firm is named by its first word too
            self._list_under(self._by_first, norm(short[0]), ent)
        # "the Reagan Administration" is not found as "Reagan": a body named after a
        # person is never that person.
        if len(ent.tokens) > 1 and norm(ent.tokens[-1]) not in ORG_HEADS:
            self._list_under(self._by_first, norm(ent.tokens[0]), ent)

    def _list_under(self, index: dict[str, list[Entity]], key: str, ent: Entity) -> None:
        # Membership by identity, kept in a set: a common given name ("John") lists
        # thousands of people in a long article, and comparing each was quadratic.
        listed = (id(index), key, id(ent))
        if listed not in self._listed:
            self._listed.add(listed)
            index.setdefault(key, []).append(ent)

    def lookup(self, tokens: list[str], honorific: str = "") -> Entity | None:
        """The entity a name form stands for, by surname, then given name."""
        if not tokens:
            return None
        if len(tokens) == 1 and norm(honorific) in FIRST_NAME_HONORIFICS:
            found = self._by_first.get(norm(tokens[0]))
            if found:
                return found[-1]
        last = _last_key(tokens)
        cands = _of_gender(self._by_last.get(last, []), honorific)
        if cands is None:
            return None  # "Mrs. Varga" after only "Tom Varga": his wife, someone new
        if len(tokens) > 1:
            cands = _not_other_sex(cands, tokens)
        if len(tokens) > 1 and norm(tokens[0]) in PARTICLES:
            # "de la Madrid" after "Miguel de la Madrid": the surname with its particles
            tail = [norm(t) for t in tokens]
            for ent in cands:
                if [norm(t) for t in ent.tokens[-len(tokens) :]] == tail:
                    return ent
        if " " in last:
            tokens = tokens[:-1]
        if len(tokens) > 1:
            first = norm(tokens[0])
            for ent in cands:
                # A lone letter ("P" of "S and P") is no surname to find a full name by.
                if len(ent.tokens) == 1 and len(ent.tokens[0]) > 1 or norm(ent.tokens[0]) == first:
                    return ent
            return self._firm_led_by(tokens) if not cands else None
        if cands:
            return _person_before_firm(cands)
        found = self._by_first.get(last)
        if found:
            return found[0]
        juniors = _of_gender(self._by_generation.get(last, []), honorific) or []
        # "Gerstner" after "Louis Gerstner Jr." alone is him
        if len(juniors) == 1:
            return juniors[0]
        paternal = _of_gender(self._by_paternal.get(last, []), honorific) or []
        return paternal[0] if len(paternal) == 1 else None

    def _firm_led_by(self, tokens: list[str]) -> Entity | None:
        """`Jardine Matheson` after `Jardine Matheson Holdings Ltd`: the leading words of
        a company's name are that company, not a person of the same name."""
        key = [norm(t) for t in tokens]
        if is_given_name(tokens[0]):
            return None  # "Allan Leslie" is not "Allan Leslie of Discount Corp"
        for ent in self._by_first.get(key[0], []):
            if (
                incorporated(ent.tokens)
                and len(ent.tokens) > len(key) + 1
                and [norm(t) for t in ent.tokens[: len(key)]] == key
                and norm(ent.tokens[len(key)]) not in {"of", "at", "from"}
            ):
                return ent
        return None

    def namesakes(self, tokens: list[str], honorific: str = "") -> list[Entity]:
        """The different people a bare surname may mean (empty unless there are two)."""
        if len(tokens) != 1 or norm(honorific) in FIRST_NAME_HONORIFICS:
            return []
        if honorific and norm(honorific) not in HONORIFIC_GENDER:
            return []  # "Sen. Dole": the title says which Dole, not who was named last
        cands = _of_gender(self._by_last.get(_last_key(tokens), []), honorific) or []
        # only people named in full by a given name: a headline's "Top Sanders" is no one
        people = [e for e in cands if len(e.tokens) > 1 and is_given_name(e.tokens[0])]
        return people if len(people) > 1 else []

    def add_appositive_role(self, ent: Entity, role: str) -> None:
        """`David Blunkett, the former Home Secretary,`: the article ties the role to him."""
        ent.add_role(role)
        self._list_under(self._by_role, norm(role.split()[-1]), ent)

    def by_role(self, head: str) -> list[Entity]:
        return self._by_role.get(head, [])

    def orgs_with(self, head: str) -> list[Entity]:
        """Organisations whose name or role ends with `head` (`committee`, `regulator`)."""
        out = []
        for _, ent in sorted(self._orgs.items()):
            if ent.kind != "organisation" and ent.org_evidence == 0:
                continue
            words = {norm(w) for w in ent.tokens}
            roles = {norm(r.split()[-1]) for r in ent.roles if r.split()}
            if head in words or head in roles:
                out.append(ent)
        return out


WORD_RE = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?|\S")
