"""Word lists for reading attributions: speech cues, pronouns, skippable words.

Kept apart from the rules that use them so the rules stay readable and the lists
can grow without touching logic.
"""

from __future__ import annotations


def _forms(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


CUE_VERBS = _forms(
    """say says said saying tell tells told telling add adds added adding write writes
    wrote writing tweet tweets tweeted tweeting post posted posting state states stated
    declare declares declared declaring note notes noted noting explain explains
    explained explaining continue continues continued continuing ask asks asked asking
    answer answers answered reply replies replied replying respond responds responded
    responding recall recalls recalled recalling conclude concludes concluded argue argues
    argued arguing insist insists insisted insisting warn warns warned warning claim
    claims claimed claiming admit admits admitted admitting acknowledge acknowledges
    acknowledged suggest suggests suggested suggesting predict predicts predicted
    predicting promise promises promised promising pledge pledges pledged vow vows vowed
    vowing urge urges urged urging describe describes described describing read reads
    remark remarked observe observes observed comment commented announce announces
    announced announcing boast boasts boasted boasting complain complains complained
    complaining joke jokes joked joking quip quips quipped shout shouted chant chanted
    chanting yell yelled cry cried scream screamed recount recounts recounted testify
    testified testifies confirm confirms confirmed confirming emphasize emphasized
    emphasizes emphasise emphasised stress stresses stressed mention mentioned agree
    agreed agrees contend contends contended assert asserts asserted maintain maintains
    maintained counter countered retort retorted demand demands demanded demanding
    concede concedes conceded allege alleges alleged accuse accused accuses charge
    charged call calls called calling dub dubbed label labeled labelled brand branded
    deride derided mock mocked praise praised criticize criticized criticised lament
    lamented muse mused wonder wondered whisper whispered thank thanked blast blasted
    slam slammed tout touted reiterate reiterated assure assured hint hinted estimate
    estimated project projects projected proclaim proclaimed exclaim exclaimed gush
    gushed snap snapped chide chided caution cautioned advise advised clarify clarified
    elaborate elaborated texted emailed messaged quoted opined tells
    writes interject interjected interrupt interrupted added declares sang sing sings
    promised threatened threaten threatens signaled signalled summed summarized
    explains explained insists recalls echoed echo echoes begin began begins rejoined
    pleaded implored begged reported reports reporting wrote recounted advised
    acknowledged fume fumes fumed scoff scoffs scoffed sniffed railed brag brags bragged
    griped groused intone intoned deadpanned marveled marvelled thundered bellowed disclose
    discloses disclosed reveal reveals revealed confide confided sighed vented raged
    grumble grumbled mutter muttered murmured sneer sneered snarled barked growled ranted
    preached lectured protested objected speculate speculates speculated theorized
    surmised posited decried bemoaned"""
)
"""Verbs that attribute speech or writing (every form written out, no stemming)."""

PHRASAL_CUES = {
    "went": "on",
    "go": "on",
    "goes": "on",
    "going": "on",
    "according": "to",
    "pointed": "out",
    "points": "out",
    "put": "it",
    "puts": "it",
}
"""Two-word cues: `went on`, `according to`, `as Vale put it`."""

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "who": "",
    "i": "",
    "we": "p",
}

DASHES = frozenset({"—", "–", "-", "--", "―"})
"""Dashes that set off a clause or sign a quotation (`" ― Jane Doe`: em, en, bar)."""

SKIP_BEFORE_CUE = _forms(
    """also later then again once previously recently has had have was is would will
    could did does do just first last finally never already quickly repeatedly publicly
    privately simply earlier once more further subsequently had has then not reportedly
    often frequently once separately elsewhere jokingly still even yet allegedly
    famously memorably apparently once been be being may might can must shall should
    ultimately initially immediately only now himself herself themselves itself"""
)
"""Words between a subject and its cue (`he later said`, `she has also said`,
`Ortega himself conceded`)."""

TIME_WORDS = _forms(
    """monday tuesday wednesday thursday friday saturday sunday week weekend month year
    morning afternoon evening night today yesterday tonight tomorrow january february
    march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec"""
)
TIME_LEADS = _forms("on this last next earlier that in the late early on at")

DETERMINERS = _forms("the a an his her its their this that one another our your my whose")

CLAUSE_OPENERS = _forms("who which whose whom where when a an the his her its their")
"""Words that start an appositive or relative clause between a subject and its cue."""

ROLE_MODIFIERS_LOWER = _forms(
    "former acting interim then ex late retired outgoing incoming current"
)

FUNCTION_WORDS = _forms(
    """the a an and or but of to in on at by for from with as that this these those is
    was were are be been has have had will would can could should not no it its he she
    they them his her their we our i my you your who which what when where while if
    than then so also there here about into over after before during since until
    against among between through under up down out off said says told asked"""
)

ABBREVIATIONS = _forms(
    """mr mrs ms dr sen sens rep reps gov govs lt gen col capt sgt st jr sr no vs inc co
    corp ltd jan feb mar apr jun jul aug sep sept oct nov dec prof rev adm cmdr maj mt ft
    u.s u.k u.n d.c pres supt atty dept del"""
)
ISSUE_VERBS = _forms("issued issues released releases sent published gave read put")
"""Verbs that give out a statement or letter (`issued the following statement:`)."""
UNNAMED_SOURCES = _forms(
    """source sources official officials analyst analysts economist economists banker
    bankers trader traders dealer dealers broker brokers executive executives lawyer
    lawyers expert experts member members officer officers strategist strategists manager
    managers diplomat diplomats delegate delegates envoy negotiator representative staffer
    staffers operative insider observer researcher consultant journalist journalists
    arbitrageur arbitrageurs underwriter underwriters"""
)
"""Nouns news writes for someone it does not name ("a U.S. official", "the analyst",
"sources"): many people fit them, so a name nearby is no reason to think it is theirs.
Unless the article ties one to a name, it stays a description: by nearness alone it was
right about one time in four on US political news and on wire copy alike."""
COMMON_POSSESSORS = _forms(
    """people's peoples' children's women's men's workers' citizens' farmers' veterans'
    teachers' nurses' consumers' taxpayers' voters' people’s children’s women’s men’s
    workers’ citizens’ farmers’ veterans’ teachers’ nurses’ consumers’ taxpayers’ voters’"""
)
"""A capitalised common noun in the possessive opens a name (`People's Daily`, `Workers'
Party`, `Children's Hospital`): no firm or person owns what follows."""
