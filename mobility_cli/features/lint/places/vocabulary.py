"""The words around a name that make it a place or not (finder.py), folded as words.fold folds them."""

from __future__ import annotations

# Skipped when looking for the word before a name: "in the UK", "near our Leeds office", "in greater Leeds".
DETERMINERS = frozenset({"the", "our", "their", "its", "greater", "metro", "metropolitan", "downtown", "a", "an"})
# Skipped between a residence word and its preposition: "based somewhere in", "living permanently in".
ADVERBS = frozenset(
    {"somewhere", "currently", "already", "permanently", "physically", "ideally", "preferably", "primarily"}
    | {"mainly", "locally", "full-time", "still", "also", "either", "or", "and", "the"}
)
# Prepositions that put a name in place: "in Pune", "from Leeds", "across the Nordics", "between Lisbon and".
PREPOSITIONS = frozenset({"in", "from", "across", "within", "throughout", "between", "inside", "at", "around"})
NEAR = frozenset({"near", "nearby", "nr"})
# Words whose "in", "within" or "out of" is a place to live: "based in", "living in", "out of".
RESIDENCE = frozenset(
    {"based", "located", "living", "live", "lives", "reside", "resides", "residing", "resident", "residents"}
    | {"relocate", "relocating", "relocated", "situated", "settled", "stationed", "home", "sit", "sits", "remote"}
    | {"remotely", "be", "are", "you're", "you", "work", "working", "works"}
)
DISTANCE = frozenset(
    {"distance", "reach", "radius", "vicinity", "miles", "mile", "km", "kilometres", "kilometers", "minutes"}
    | {"hour", "hours", "drive", "commute", "residents", "resident", "outskirts", "suburbs", "east", "west"}
    | {"north", "south"}
)
TOWARDS = frozenset(
    {"close", "closer", "near", "commute", "commutable", "commuting", "relocate", "relocating", "move", "moving"}
    | {"proximity", "nearby"}
)
# After a name, making it a place to live: "Reading area", "Texas residents", "Leeds office".
AFTER_STRONG = frozenset(
    {"based", "area", "areas", "region", "metro", "metropolitan", "residents", "resident", "locals", "only"}
    | {"suburbs", "surroundings", "vicinity"}
)
# Heads of a list of places: "one of these states: Texas, Ohio", "countries: Kenya, Ghana".
LIST_HEADS = frozenset(
    {"states", "countries", "cities", "provinces", "regions", "locations", "location", "areas", "territories", "city"}
    | {"country", "region", "base", "hub", "hubs"}
)
# After a name, with a weaker claim: "Pune candidates", "UK folks".
AFTER_WEAK = frozenset({"candidates", "applicants", "folks", "people", "hires", "talent", "natives", "peeps"})
# Between a name and "only": "Texas residents only", "UK applicants only".
AFTER_ONLY = frozenset({"residents", "candidates", "applicants", "based", "located", "folks", "people"})
HYPHEN_SUFFIXES = frozenset({"based", "area", "region", "only", "located", "adjacent", "local"})
# After a name, making it something else: a market, a law, a language, a team, a company.
NOT_PLACE_NEXT = frozenset(
    {"market", "markets", "customers", "customer", "clients", "client", "accounts", "account", "users", "user"}
    | {"english", "spanish", "french", "portuguese", "german", "italian", "dutch", "arabic", "chinese", "law"}
    | {"laws", "legislation", "regulation", "regulations", "regulatory", "gaap", "gdpr", "tax", "taxes"}
    | {"accounting", "compliance", "government", "healthcare", "banking", "standards", "spelling", "grammar"}
    | {"culture", "history", "sales", "education", "curriculum", "experience", "knowledge", "expertise"}
    | {"qualifications", "qualification", "certification", "certifications", "degree", "equivalent"}
    | {"stakeholders", "partners", "vendors", "suppliers", "school", "schools", "universities", "hospitals"}
    | {"retailers", "banks", "insurers", "regulators", "entity", "entities", "payroll", "subsidiary", "team"}
    | {"teams", "company", "companies", "startup", "start-up", "scale-up", "scaleup", "firm", "business"}
    | {"agency", "studio", "org", "organisation", "organization", "nonprofit", "charity", "headquarters"}
    | {"holidays", "holiday", "passport", "citizenship", "citizens", "citizen", "nationals", "visa", "system"}
    | {"nationality", "nationalities", "national", "passports", "residency", "permit", "permits"}
    | {"systems", "rollout", "launch", "expansion", "operations", "ops", "accent", "dialect", "style"}
)
# Before the preposition, making what follows a market, a skill, a company's own place or a meeting.
NOT_PLACE_BEFORE = frozenset(
    {"experience", "experienced", "expertise", "expert", "background", "skills", "skill", "skilled", "fluent"}
    | {"fluency", "proficient", "proficiency", "knowledge", "knowledgeable", "familiarity", "familiar"}
    | {"certified", "certification", "degree", "qualified", "qualification", "written", "versed", "grounding"}
    | {"trained", "training", "career", "published", "exposure", "understanding", "worked", "record"}
    | {"customers", "customer", "clients", "client", "accounts", "users", "markets", "market", "partners"}
    | {"stakeholders", "schools", "hospitals", "sold", "selling", "sell", "sales", "expanding", "expansion"}
    | {"launching", "launch", "launched", "founded", "headquartered", "incorporated", "registered", "hq"}
    | {"colleagues", "team", "teams", "offices", "presence", "operations", "regulators", "events"}
    | {"year", "years", "month", "quarter", "twice", "annually", "yearly", "meetup", "meetups", "offsite"}
    | {"offsites", "retreat", "retreats", "summit", "gathering", "gatherings", "conference", "conferences"}
    | {"trip", "trips", "visit", "visits", "meet", "meeting", "meetings", "company", "born"}
    | {"raised", "studied", "educated", "graduated", "university", "universities", "holidays", "vacation"}
    | {"lived", "shipped", "products", "product", "spans", "spanning", "span", "ranging", "stretching", "sector"}
    | {"meets", "met", "gather", "gathers", "abroad", "example", "eg", "instance", "including", "like"}
)
# Said just before "in", the place is the company's: "we're in Leeds", "we are based in Lisbon".
WE = frozenset({"we", "we're", "us", "company", "startup", "headquarters"})
# Words that make what comes before them a zone: "Pacific time", "UK hours", "US time zones".
ZONE_WORDS = frozenset({"time", "hours", "timezone", "timezones", "time-zone", "time-zones", "tz", "hrs"})
HOURS_KINDS = frozenset({"business", "working", "office", "standard", "daylight", "local", "core", "work"})
TIME_ZONE = frozenset({"timezone", "timezones", "time-zone", "time-zones"})
ZONES = frozenset({"zone", "zones"})
# Before "time zones", making them many, not one preferred: "across time zones", "different time zones".
MANY = frozenset(
    {"across", "multiple", "many", "different", "several", "various", "other", "all", "distributed", "every"}
    | {"any", "spanning", "span", "spans", "between", "four", "three", "two", "five", "six", "several"}
)
# What may stand between a name and the word that prefers it: "Leeds (strongly preferred)".
FILLER = frozenset(
    {"is", "are", "would", "be", "will", "strongly", "highly", "very", "much", "definitely", "especially"}
    | {"a", "an", "big", "huge", "real", "or", "and", "time", "hours", "ideally", "preferably"}
)
