"""Common job words of European-language titles, in English.

O*NET's titles are English, so "Enfermera" or "Ingeniero de Datos" would be coded by letter
shapes alone ("enfermera" -> Camera Operators). ``translate`` turns a title's folded words
(lowercase, no accents) into English words when the title has at least one known foreign job
word: "X de Y" becomes "Y X" ("analista de datos" -> "data analyst"), function words go, and
German compounds are split at a known job ending ("softwareentwickler" -> "software developer").
A word list, not a translator: unknown words pass through unchanged. The short list below covers
Spanish, Portuguese, French and German; foreign_words.tsv adds about 5,600 words of fifteen languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

_GROUPS = {
    "engineer": "ingeniero ingeniera engenheiro engenheira ingenieur ingenieurin",
    "engineering": "ingenieria engenharia",
    "developer": "desarrollador desarrolladora desenvolvedor desenvolvedora developpeur developpeuse entwickler "
                 "entwicklerin programador programadora",
    "analyst": "analista analyste",
    "technician": "tecnico tecnica technicien technicienne techniker",
    "nurse": "enfermero enfermera enfermeiro enfermeira infirmier infirmiere pflegefachkraft pflegekraft "
             "krankenpfleger krankenschwester altenpfleger altenpflegerin gesundheits",
    "nursing": "enfermeria enfermagem",
    "physician": "medico medica medecin arzt arztin",
    "teacher": "profesor profesora professora enseignant enseignante lehrer lehrerin docente maestro maestra",
    "driver": "conductora motorista chauffeur chauffeuse fahrer fahrerin kraftfahrer chofer",
    "cook": "cocinero cocinera cozinheiro cozinheira cuisinier cuisiniere koch kochin",
    "waiter": "camarero camarera garcom garconete serveur serveuse kellner kellnerin mesero mesera",
    "cleaner": "limpiador limpiadora faxineira reinigungskraft",
    "cleaning": "limpieza limpeza nettoyage reinigung",
    "warehouse": "almacen almacenista almoxarife entrepot lager",
    "assistant": "auxiliar asistente assistente assistante",
    "helper": "ayudante helfer helferin",  # "ayudante general de produccion": a production helper
    "dishwasher": "lavaplatos lavaloza lavavajillas plongeur plongeuse",
    "forklift": "montacargas empilhadeira gabelstapler",
    "bilingual": "bilingue zweisprachig",
    "kindergarten": "kinder",
    "kitchen": "cocina cozinha kuche",
    "customer": "cliente clientes clientele kunden",
    "service": "servicio servico atencion atendimento",
    "sales": "ventas vendas ventes vertrieb verkauf",
    "salesperson": "vendedor vendedora vendeur vendeuse verkaufer verkauferin",
    "sales representative": "comercial",
    "consultant": "consultor consultora conseiller conseillere berater beraterin asesor asesora",
    "manager": "gerente jefe jefa chefe responsable leiter leiterin gestor gestora",
    "director": "directeur directrice diretor diretora direktor",
    "coordinator": "coordinador coordinadora coordenador coordenadora coordinateur coordinatrice koordinator",
    "administrative assistant": "administrativo administrativa administratif",
    "secretary": "secretaria secretario secretaire sekretar sekretarin",
    "receptionist": "recepcionista receptionniste empfangsmitarbeiter",
    "cashier": "cajero cajera caixa caissier caissiere kassierer kassiererin",
    "electrician": "electricista eletricista electricien elektriker",
    "mechanic": "mecanico mecanicien mechaniker mechatroniker",
    "welder": "soldador soudeur schweisser",
    "operator": "operario operaria operador operadora operateur operatrice bediener",
    "worker": "trabajador trabajadora trabalhador ouvrier ouvriere mitarbeiter mitarbeiterin arbeiter",
    "project": "proyecto projeto projet projekt proyectos projetos projets",
    "information technology": "informatica informatique informatik",
    "data": "datos dados donnees daten",
    "software": "logiciel logiciels",
    "human resources": "rrhh personalwesen",
    "systems": "sistemas systemes",
    "finance": "finanzas financas finanzen",
    "accountant": "contador contadora contable comptable buchhalter buchhalterin",
    "lawyer": "abogado abogada advogado advogada avocat avocate anwalt anwaltin rechtsanwalt",
    "quality": "calidad qualidade qualite qualitat",
    "maintenance": "mantenimiento manutencao instandhaltung",
    "production": "produccion producao produktion",
    "logistics": "logistica logistique logistik",
    "purchasing": "compras achats einkauf",
    "designer": "disenador disenadora desenhista concepteur gestalter",
    "architect": "arquitecto arquitecta arquiteto arquiteta architecte architekt",
    "scientist": "cientifico cientifica scientifique wissenschaftler",
    "researcher": "investigador investigadora pesquisador pesquisadora chercheur chercheuse forscher",
    "pharmacist": "farmaceutico farmaceutica pharmacien pharmacienne apotheker",
    "dentist": "dentista dentiste zahnarzt",
    "psychologist": "psicologo psicologa psychologue psychologe",
    "physical therapist": "fisioterapeuta physiotherapeute physiotherapeut",
    "store": "tienda loja magasin filiale",
    "security guard": "vigilante vigia",
    "driver truck": "camionero caminhoneiro",
    "delivery": "reparto entrega entregas livraison lieferung",
    "clerk": "kaufmann kauffrau",
    "office": "buro oficina escritorio",
    "artificial intelligence": "ia ki",
}
WORDS_FILE = Path(__file__).with_name("foreign_words.tsv")  # fifteen languages' common job words (and fields)


def load_words(path: Path = WORDS_FILE) -> dict[str, dict[str, str]]:
    """The sections of foreign_words.tsv ("jobs", "fields", "endings"): English -> foreign words."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[] "), {})
            continue
        if line.count("\t") != 1 or not sections:
            raise ValueError(f"{path.name}:{n}: want 'English<TAB>words' inside a [section]: {line[:60]!r}")
        english, words = line.split("\t")
        current[english] = f"{current.get(english, '')} {words}".strip()
    return sections


_MORE = load_words()
WORDS = {w: english for groups in (_GROUPS, _MORE["jobs"], _MORE["fields"]) for english, words in groups.items()
         for w in words.split()}
NOT_ROLES = {"engineering", "nursing", "cleaning", "warehouse", "customer", "service", "sales", "project",
             "information technology", "data", "software", "human resources", "finance", "quality", "maintenance",
             "production", "logistics", "purchasing", "store", "systems", "delivery", "office",
             "artificial intelligence", "forklift", "bilingual", "kindergarten",
             "kitchen"} | set(_MORE["fields"])
ROLES = (set(_GROUPS) | set(_MORE["jobs"])) - NOT_ROLES  # the English words that name a job
# "chef" is a cook in English and a head in French: only beside French words
FRENCH_CHEF = {"projet", "projets", "equipe", "service", "rayon", "chantier", "produit", "secteur"}
FUNCTION = set("de da do das dos del la las los le les des du en et y e und fuer im der die den al au aux para pour "
               "con com avec mit zum zur d l".split())
# fixed phrases read as one English word ("servicio al cliente": customer service, not "service customer");
# none may read as English ("service client" does: "Financial Services, Client Account Manager")
PHRASES = {("servicio", "al", "cliente"): "customer service", ("atencion", "al", "cliente"): "customer service",
           ("servico", "ao", "cliente"): "customer service", ("atendimento", "ao", "cliente"): "customer service",
           ("servizio", "clienti"): "customer service", ("relation", "client"): "customer service",
           ("klantenservice",): "customer service",
           # French, Spanish, Italian and German titles whose words mislead one by one
           ("conducteur", "de", "travaux"): "construction manager", ("chef", "de", "chantier"): "construction supervisor",
           ("controleur", "de", "gestion"): "management accountant", ("visitador", "medico"): "pharmaceutical sales "
           "representative", ("visiteur", "medical"): "pharmaceutical sales representative",
           ("informatore", "scientifico"): "pharmaceutical sales representative",
           ("prevencion", "de", "riesgos", "laborales"): "occupational safety",
           ("operatore", "socio", "sanitario"): "nursing assistant",
           ("assistenz", "der", "geschaftsfuhrung"): "executive assistant",
           ("professeur", "des", "ecoles"): "elementary school teacher", ("chef", "de", "partie"): "line cook",
           ("recursos", "humanos"): "human resources", ("ressources", "humaines"): "human resources",
           ("risorse", "umane"): "human resources", ("genie", "civil"): "civil engineering",
           ("ingenieur", "genie", "civil"): "civil engineer", ("ingenieur", "en", "genie", "civil"): "civil engineer",
           # French kitchen and dining-room juniors ("commis" alone is English too: "Commis Waiter")
           ("commis", "de", "cuisine"): "kitchen helper", ("commis", "de", "salle"): "dining room attendant",
           ("commis", "de", "rang"): "dining room attendant",
           ("chef", "de", "produit"): "product manager",  # (FRENCH_CHEF: "chef de projet" is a manager)
           ("asistente", "medico"): "medical assistant", ("asistente", "medica"): "medical assistant",
           # French service jobs named "agent de X" and a few others whose words mislead one by one
           ("agent", "d", "entretien"): "janitor", ("agent", "de", "nettoyage"): "janitor",
           ("agent", "de", "proprete"): "janitor", ("agent", "de", "service", "hospitalier"): "janitor",
           ("agent", "de", "production"): "production worker", ("hotesse", "d", "accueil"): "receptionist",
           ("hote", "d", "accueil"): "receptionist", ("assistante", "maternelle"): "childcare worker",
           ("assistant", "maternel"): "childcare worker",
           ("cajero", "bancario"): "bank teller", ("cajera", "bancaria"): "bank teller",
           ("ejecutivo", "de", "cuentas"): "account executive", ("ejecutiva", "de", "cuentas"): "account executive",
           ("capo", "partita"): "line cook",
           ("charge", "de", "clientele"): "customer service representative",  # a bank's or insurer's advisor
           ("chargee", "de", "clientele"): "customer service representative",
           ("agent", "d", "accueil"): "receptionist", ("jefe", "de", "sala"): "restaurant supervisor",
           ("jefa", "de", "sala"): "restaurant supervisor", ("educacion", "infantil"): "preschool",
           ("ensino", "fundamental"): "elementary school", ("educacao", "fisica"): "physical education",
           ("educacion", "fisica"): "physical education", ("education", "physique"): "physical education", ("departamento", "pessoal"): "payroll",
           ("departamento", "de", "pessoal"): "payroll",  # Brazil's "DP" runs payroll and personnel records
           ("fachinformatiker", "fuer", "systemintegration"): "systems administrator",  # German IT trades
           ("fachinformatikerin", "fuer", "systemintegration"): "systems administrator",
           ("fachinformatiker", "fuer", "anwendungsentwicklung"): "software developer",
           ("fachinformatikerin", "fuer", "anwendungsentwicklung"): "software developer"}
# French "chargé(e) de X" is a specialist or officer of X ("Chargé de recrutement")
PHRASES.update({(charge, link): "specialist de" for charge in ("charge", "chargee") for link in ("de", "d", "du", "des")})
PHRASE_START: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> its phrases (in order)
for _phrase, _english in PHRASES.items():
    PHRASE_START.setdefault(_phrase[0], []).append((_phrase, _english))


def _phrases(words: list[str]) -> list[str]:
    """The words with PHRASES replaced (the same object when none is there)."""
    out, i, found = [], 0, False
    while i < len(words):
        for phrase, english in PHRASE_START.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                out.extend(english.split())
                i += len(phrase)
                found = True
                break
        else:
            out.append(words[i])
            i += 1
    return out if found else words


# words that are English too, in the sense they have beside other foreign words
FOREIGN_SENSE = {"conductor": "conductora", "chauffeur": "chauffeuse", "professor": "profesora"}
FOR = {"fuer", "pour", "para", "voor", "till", "til"}  # "for" / "to": a specialty, or a place after a determiner
DETERMINERS = set("""unsere unser unseren unserem unserer den die das dem einen eine einem notre nos nuestro nuestra
nuestros nuestras el la los las le les o a os as il lo onze ons het de var vart vores vaar""".split())
DROP = {"ausbildung", "alternance", "apprentissage", "aprendiz", "estagio", "tirocinio", "stagiaire"}  # a trainee
LINKS = {"de", "d", "da", "do", "das", "dos", "del", "des", "du", "en", "im", "der"}  # "analista de datos"
_MORE_ENDINGS = {end: english for english, ends in _MORE["endings"].items() for end in ends.split()}
ENDINGS = ("entwickler", "entwicklerin", "fahrer", "fahrerin", "pfleger", "pflegerin", "helfer", "helferin",
           "leiter", "leiterin", "berater", "beraterin", "techniker", "ingenieur", "ingenieurin", "verkaufer",
           "mitarbeiter", "mitarbeiterin", "fachkraft", "kaufmann", "kauffrau") + tuple(_MORE_ENDINGS)
_ENDING_SET = frozenset(ENDINGS)
ENDING_AS = {"fachkraft": "specialist", "kaufmann": "clerk", "kauffrau": "clerk", "pfleger": "nurse",
             "pflegerin": "nurse", **_MORE_ENDINGS}


_ENDING_SIZES = sorted({len(end) for end in ENDINGS})  # no ending is the tail of another: at most one fits


def _without_joining_s(prefix: str) -> str:
    """A compound's first part without the joining s ("Vertriebs|mitarbeiter", "Betriebs|technik"; not
    "Bus|fahrer", nor the double s of "Prozess|ingenieur")."""
    if prefix not in WORDS and prefix.endswith("s") and not prefix.endswith("ss") and len(prefix) > 4:
        return prefix[:-1]
    return prefix


@lru_cache(maxsize=65536)  # words repeat across titles
def _compound(word: str) -> tuple[str, str] | None:
    """"softwareentwickler" -> ("software", "developer") (a known job ending after a prefix)."""
    for size in _ENDING_SIZES:
        if len(word) <= size + 2:
            return None
        end = word[-size:]
        if end in _ENDING_SET:
            head = ENDING_AS.get(end) or WORDS.get(end) or end
            prefix = _without_joining_s(word[:-size])
            return WORDS.get(prefix, prefix), head
    return None


# field words ("technik", "elektronik") as the tail of a compound ("Kältetechnik", "Leistungselektronik"); split
# only in a title already read as foreign. English words end in a few of them ("illu-strator" in Portuguese
# "trator", "limo-usine"), and foreign titles use English words: those tails are left out (a test checks
# that no word of O*NET's titles splits)
ENGLISH_TAILS = {"trator", "usine"}
_FIELD_TAILS = frozenset(w for english in (*_MORE["fields"].values(), *(_GROUPS[e] for e in NOT_ROLES if e in _GROUPS))
                         for w in english.split() if len(w) >= 5) - ENGLISH_TAILS
_FIELD_SIZES = sorted({len(w) for w in _FIELD_TAILS}, reverse=True)


@lru_cache(maxsize=65536)
def _field_compound(word: str) -> tuple[str, str] | None:
    """"kaltetechnik" -> ("kalte", "engineering"): the longest known field word ending a longer word."""
    for size in _FIELD_SIZES:
        if len(word) >= size + 4 and word[-size:] in _FIELD_TAILS:
            prefix = _without_joining_s(word[:-size])
            return WORDS.get(prefix, prefix), WORDS[word[-size:]]
    return None


@lru_cache(maxsize=65536)
def _foreign(word: str) -> bool:
    """A known foreign word, or a compound at a known job ending (the check every title's words pass)."""
    return word in WORDS or _compound(word) is not None


def translate(words: Sequence[str]) -> Sequence[str]:
    """English job words for a foreign title's folded words (the same sequence when none is foreign:
    "pour", "para" and "till" are English words too, so they count only beside a foreign word)."""
    phrased = _phrases(words) if not PHRASE_START.keys().isdisjoint(words) else words
    if phrased is words and not any(map(_foreign, words)) and "fuer" not in words[1:]:
        return words
    words = phrased
    cut = next((i for i, w in enumerate(words) if w in FOR and 0 < i < len(words) - 1), None)
    if cut is not None and words[cut + 1] in DETERMINERS:  # "Erzieher für unsere Kita": the place follows
        words = words[:cut]
    elif cut is not None:  # "Fachkraft für Lagerlogistik": the specialty, read like "X de Y"
        words = [w if i != cut else "de" for i, w in enumerate(words)]
    compounds = {w: parts for w in words if w not in WORDS and (parts := _compound(w) or _field_compound(w))}
    # a foreign title: its words that are also English ("conductor de camión") read in its language
    words = [FOREIGN_SENSE.get(w, w) for w in words]
    if "chef" in words and FRENCH_CHEF.intersection(words):
        words = ["manager" if w == "chef" else w for w in words]
    link = next((i for i, w in enumerate(words) if w in LINKS and 0 < i < len(words) - 1), None)
    if link is not None:  # noun "de" noun: English puts the second noun first
        words = words[link + 1:] + words[:link]
    elif len(words) > 1 and WORDS.get(words[0]) in ROLES and not any(WORDS.get(w) in ROLES for w in words[1:]):
        words = words[1:] + words[:1]  # "desarrollador backend", "ingenieur logiciel": the noun comes first
    out: list[str] = []
    for w in words:
        if w in FUNCTION or w in DROP:
            continue
        english = WORDS.get(w) or " ".join(compounds.get(w, ())) or w
        out.extend(english.split())
    return out or words
