#!/usr/bin/env python3
"""Generate Tests/Quality/labelled.jsonl, a labelled evaluation set for Clearance rule packs.

Deterministic: a fixed seed (SEED below) and hand-written templates and word lists only.
No external data sets are read. Run from anywhere:

    python3 Tests/Quality/make_labelled.py    # writes labelled.jsonl, validates it, refreshes README composition

Label topics: privacy, trademark, counterfeit, regulatory, and quality where a case hides a brand
with an invisible character (zero-width space, soft hyphen), which a checker should also report;
[] = a correct checker must not flag any of these topics for the listing in its market.
"""
import collections
import json
import os
import random
import re
import sys

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "labelled.jsonl")
README = os.path.join(HERE, "README.md")

TOPICS = ("privacy", "trademark", "counterfeit", "regulatory", "quality")
MARKETS = ("AE AU BR CA CA-QC CN DE ES FR GB IN IT JP KR MX NL PL SA SE TH US").split()


def pick(xs):
    return R.choice(xs)


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------------------------------------
# Checksummed identifiers
# ---------------------------------------------------------------------------------------------

def luhn_ok(num):
    total, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        alt = not alt
    return total % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_ISSUERS = [
    ("Visa", lambda: "4", 16),
    ("Mastercard", lambda: str(R.randint(51, 55)), 16),
    ("Mastercard", lambda: str(R.randint(2221, 2720)), 16),
    ("American Express", lambda: pick(["34", "37"]), 15),
    ("Discover", lambda: "6011", 16),
    ("JCB", lambda: str(R.randint(3528, 3589)), 16),
    ("UnionPay", lambda: "62" + str(R.randint(2126, 2925))[:2], 16),
    ("Mir", lambda: str(R.randint(2200, 2204)), 16),
]


def card(issuer=None):
    cands = [c for c in CARD_ISSUERS if issuer is None or c[0] == issuer]
    name, pf, length = pick(cands)
    return name, luhn_complete(pf(), length)


def card_fmt(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def card_invalid():
    _, n = card(pick(["Visa", "Mastercard", "Discover"]))
    bad = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def cpf():
    while True:
        b = [R.randrange(10) for _ in range(9)]
        if len(set(b)) > 1:
            break
    s = sum(d * (10 - i) for i, d in enumerate(b)) % 11
    d1 = 0 if s < 2 else 11 - s
    b.append(d1)
    s = sum(d * (11 - i) for i, d in enumerate(b)) % 11
    d2 = 0 if s < 2 else 11 - s
    b.append(d2)
    s = "".join(map(str, b))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cpf_invalid():
    v = cpf()
    last = str((int(v[-1]) + 3) % 10)
    return v[:-1] + last


def cnpj():
    b = [R.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(d * w for d, w in zip(b, w1)) % 11
    b.append(0 if s < 2 else 11 - s)
    w2 = [6] + w1
    s = sum(d * w for d, w in zip(b, w2)) % 11
    b.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, b))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


CN_AREAS = ["110105", "310104", "440305", "330106", "510107", "420106", "320102", "370202"]


def cn_resident_id():
    y, m, d = R.randint(1960, 2002), R.randint(1, 12), R.randint(1, 28)
    body = pick(CN_AREAS) + f"{y:04d}{m:02d}{d:02d}" + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    r = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[r]


def us_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def de_tax_id():
    while True:
        ds = R.sample(range(10), 9)
        dup = pick(ds)
        ten = ds + [dup]
        R.shuffle(ten)
        if ten[0] != 0:
            break
    product = 10
    for d in ten:
        s = (d + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    s = "".join(map(str, ten)) + str(check)
    return s


def de_tax_ok(s):
    product = 10
    for ch in s[:10]:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (t * 2) % 11
    c = 11 - product
    return (0 if c == 10 else c) == int(s[10])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randint(10000000, 99999999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def es_nie():
    p = R.randrange(3)
    n = R.randint(1000000, 9999999)
    return f"{'XYZ'[p]}{n}{DNI_LETTERS[int(str(p) + str(n)) % 23]}"


CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}


def it_check_char(s):
    tot = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return chr(65 + tot % 26)


def _cf_part(word, is_name):
    w = word.upper()
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def it_codice_fiscale():
    surname = pick(["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"])
    name, female = pick([("Marco", False), ("Giulia", True), ("Luca", False), ("Chiara", True), ("Francesca", True),
                         ("Alessandro", False), ("Sara", True), ("Matteo", False)])
    y, m, d = R.randint(1955, 2001), R.randint(1, 12), R.randint(1, 28)
    body = (_cf_part(surname, False) + _cf_part(name, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + pick(["H501", "F205", "L219", "F839", "A944", "D612"]))
    return body + it_check_char(body)


def kr_rrn():
    y, m, d = R.randint(1960, 2005), R.randint(1, 12), R.randint(1, 28)
    g = R.choice([1, 2]) if y < 2000 else R.choice([3, 4])
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}" + digits(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def jp_my_number_check(eleven):
    tot = 0
    for n in range(1, 12):
        p = int(eleven[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return 0 if r <= 1 else 11 - r


def jp_my_number():
    b = digits(11)
    s = b + str(jp_my_number_check(b))
    return f"{s[:4]} {s[4:8]} {s[8:]}"


V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return V_INV[c]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    b = str(R.randint(2, 9)) + digits(10)
    s = b + str(verhoeff_check(b))
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def gb_nino():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a, b = chr(65 + R.randrange(26)), chr(65 + R.randrange(26))
        if a in bad1 or b in bad2 or a + b in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            continue
        break
    d = digits(6)
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {pick('ABCD')}"


def fr_nir():
    sex = pick("12")
    yy, mm = R.randint(50, 99), R.randint(1, 12)
    dept = R.choice([75, 69, 13, 33, 59, 31, 44, 67])
    commune, order = R.randint(1, 400), R.randint(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dept:02d}{commune:03d}{order:03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# IBAN --------------------------------------------------------------------------------------

def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_from_bban(cc, bban):
    r = int(_iban_num(bban + cc + "00")) % 97
    return f"{cc}{98 - r:02d}{bban}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "SE": 24, "BR": 29,
            "AE": 23, "SA": 24}


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def _rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def _pl_bank():
    b = digits(7, True)
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * k for a, k in zip(b, w)) % 10) % 10
    return b + str(c)


def iban(cc):
    if cc == "DE":
        bban = digits(8, True) + digits(10)
    elif cc == "FR":
        bank, branch, acct = digits(5, True), digits(5), digits(11)
        bban = bank + branch + acct + f"{_rib_key(bank, branch, acct):02d}"
    elif cc == "ES":
        bank, branch, acct = pick(["2100", "0049", "0182", "0081", "2085"]), digits(4), digits(10)
        bban = bank + branch + str(_es_dc("00" + bank + branch)) + str(_es_dc(acct)) + acct
    elif cc == "IT":
        abi, cab, acct = digits(5), digits(5), digits(12)
        bban = it_check_char(abi + cab + acct) + abi + cab + acct
    elif cc == "NL":
        while True:
            acct = digits(10)
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                break
        bban = pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + acct
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(6) + digits(8)
    elif cc == "PL":
        bban = _pl_bank() + digits(16)
    elif cc == "SE":
        bban = pick(["500", "800", "600", "300"]) + digits(17)
    elif cc == "BR":
        bban = digits(8) + digits(5) + digits(10) + "C1"
    elif cc == "AE":
        bban = pick(["033", "026", "035"]) + digits(16)
    elif cc == "SA":
        bban = pick(["80", "10", "45"]) + digits(18)
    else:
        raise KeyError(cc)
    s = iban_from_bban(cc, bban)
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), (cc, s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Product codes (negatives) ----------------------------------------------------------------

def ean13(prefix=None):
    body = (prefix or pick(["400", "401", "590", "730", "871", "800", "843", "789", "690", "880", "885", "629"]))
    body = body + digits(12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def upc_a():
    body = pick(["0", "6", "8"]) + digits(10)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13():
    return ean13("978" + pick(["3", "2", "84", "88", "1", "4", "7", "89", "85"]))


def isbn13_fmt():
    s = isbn13()
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _selftest():
    assert luhn_ok("4539148803436467") and not luhn_ok("4539148803436468")
    assert iban_ok("DE89 3704 0044 0532 0130 00") and iban_ok("GB29 NWBK 6016 1331 9268 19")
    assert iban_ok("FR14 2004 1010 0505 0001 3M02 606")
    assert it_check_char("RSSMRA85T10A562") == "S"
    assert it_check_char("05428" "11101" "000000123456") == "X"  # IT60 X054 2811 1010 0000 0123 456
    assert _es_dc("00" + "2100" + "0418") == 4 and _es_dc("0200051332") == 5  # ES91 2100 0418 4502 0005 1332
    assert de_tax_ok("86095742719")
    assert jp_my_number_check("12345678901") == 8
    assert verhoeff_check("236") == 3 and verhoeff_ok("2363")
    assert DNI_LETTERS[12345678 % 23] == "Z"


_selftest()

# ---------------------------------------------------------------------------------------------
# Phone numbers, e-mails, handles
# ---------------------------------------------------------------------------------------------

def _nanp(areas):
    a = pick(areas)
    while True:
        ex = R.randint(201, 989)
        if ex != 555 and ex % 100 != 11:
            break
    ln = R.randint(1000, 9999)
    return pick([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"{a}.{ex}.{ln}", f"+1-{a}-{ex}-{ln}"])


def phone(region):
    g = region
    if g == "US":
        return _nanp(["212", "415", "312", "646", "718", "206", "305", "512", "617", "702"])
    if g in ("CA", "CA-QC"):
        return _nanp(["416", "514", "604", "438", "613", "403"])
    if g == "DE":
        if R.random() < 0.6:
            p, d = pick(["151", "160", "170", "176", "152", "157", "162", "172", "175", "179"]), digits(8)
            return pick([f"+49 {p} {d}", f"0{p} {d}", f"0{p}/{d}", f"+49 ({p}) {d[:4]} {d[4:]}"])
        city, n = pick([("30", 8), ("89", 8), ("40", 8), ("221", 7), ("69", 8)])
        return pick([f"+49 {city} {digits(n)}", f"0{city} {digits(n)}", f"0{city}-{digits(n)}"])
    if g == "FR":
        d = [digits(2) for _ in range(4)]
        p = pick("67")
        return pick([f"0{p} {' '.join(d)}", f"+33 {p} {' '.join(d)}", f"0{p}.{'.'.join(d)}", f"0{p}{''.join(d)}"])
    if g == "GB":
        d = "7" + pick(["4", "5", "7", "8", "9"]) + digits(8)
        return pick([f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"+44 (0){d[:4]} {d[4:]}"])
    if g == "ES":
        d = pick("67") + digits(8)
        return pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
    if g == "MX":
        d = digits(8)
        return pick([f"+52 55 {d[:4]} {d[4:]}", f"55 {d[:4]} {d[4:]}", f"+52 1 33 {d[:4]} {d[4:]}"])
    if g == "IT":
        d = "3" + pick(["20", "28", "33", "35", "38", "40", "47", "49", "88", "93"]) + digits(7)
        return pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"+39 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}/{d[3:]}"])
    if g == "NL":
        d = digits(8, True)
        return pick([f"06-{d}", f"+31 6 {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"])
    if g == "PL":
        d = pick("5678") + digits(8)
        return pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"+48 {d[:3]} {d[3:6]} {d[6:]}", f"+48{d}"])
    if g == "SE":
        p = pick(["70", "72", "73", "76", "79"])
        d = digits(7)
        return pick([f"0{p}-{d[:3]} {d[3:5]} {d[5:]}", f"+46 {p} {d[:3]} {d[3:5]} {d[5:]}", f"0{p}{d}"])
    if g == "BR":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
        d = "9" + digits(8)
        return pick([f"+55 {ddd} {d[:5]}-{d[5:]}", f"({ddd}) {d[:5]}-{d[5:]}", f"{ddd} {d[:5]} {d[5:]}"])
    if g == "CN":
        d = pick(["138", "139", "135", "136", "150", "158", "186", "188", "177", "199", "131", "159"]) + digits(8)
        return pick([f"{d[:3]} {d[3:7]} {d[7:]}", f"{d[:3]}-{d[3:7]}-{d[7:]}", d, f"+86 {d}"])
    if g == "JP":
        p = pick(["090", "080", "070"])
        d = digits(8)
        return pick([f"{p}-{d[:4]}-{d[4:]}", f"{p}{d}", f"+81 {p[1:]} {d[:4]} {d[4:]}", f"03-{d[:4]}-{d[4:]}"])
    if g == "KR":
        d = digits(8, True)
        return pick([f"010-{d[:4]}-{d[4:]}", f"010 {d[:4]} {d[4:]}", f"+82 10-{d[:4]}-{d[4:]}", f"010{d}"])
    if g == "IN":
        d = pick("6789") + digits(9)
        return pick([f"+91 {d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", f"+91-{d}", f"0{d}"])
    if g == "AU":
        d = "4" + digits(8)
        return pick([f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61 {d[:3]} {d[3:6]} {d[6:]}"])
    if g == "AE":
        p = pick(["50", "52", "54", "55", "56", "58"])
        d = digits(7)
        return pick([f"+971 {p} {d[:3]} {d[3:]}", f"0{p} {d[:3]} {d[3:]}", f"+971{p}{d}"])
    if g == "SA":
        p = "5" + pick("0345689")
        d = digits(7)
        return pick([f"+966 {p} {d[:3]} {d[3:]}", f"0{p} {d[:3]} {d[3:]}"])
    if g == "TH":
        p = pick(["08", "09", "06"]) + str(R.randint(1, 9))
        d = digits(7)
        return pick([f"{p}-{d[:3]}-{d[3:]}", f"+66 {p[1:]} {d[:3]} {d[3:]}", f"{p} {d[:3]} {d[3:]}"])
    raise KeyError(region)


def intl_digits(p):
    """Digits of a phone number in international form (for wa.me links)."""
    d = re.sub(r"\D", "", p)
    return d


WA_CC = {"US": "1", "CA": "1", "CA-QC": "1", "DE": "49", "FR": "33", "GB": "44", "ES": "34", "MX": "52",
         "IT": "39", "NL": "31", "PL": "48", "SE": "46", "BR": "55", "CN": "86", "JP": "81", "KR": "82",
         "IN": "91", "AU": "61", "AE": "971", "SA": "966", "TH": "66"}


def wa_link(region):
    p = re.sub(r"\D", "", phone(region))
    cc = WA_CC[region]
    if p.startswith(cc) and len(p) > 10:
        full = p
    else:
        full = cc + p.lstrip("0")
    return pick(["wa.me/", "https://wa.me/", "api.whatsapp.com/send?phone="]) + full


FIRST = {"en": ["john", "emily", "mike", "sarah", "dave", "kate", "tom", "lucy"],
         "de": ["jonas", "lena", "tobias", "anna", "felix", "marie", "lukas"],
         "fr": ["julien", "camille", "thomas", "manon", "nicolas", "chloe"],
         "es": ["javier", "lucia", "carlos", "maria", "pablo", "elena"],
         "it": ["marco", "giulia", "luca", "chiara", "paolo"],
         "nl": ["daan", "sanne", "joris", "lotte", "bram"],
         "pl": ["kasia", "tomek", "marta", "piotr", "ania"],
         "sv": ["erik", "linnea", "oskar", "elin", "johan"],
         "pt": ["joao", "ana", "lucas", "beatriz", "rafael"],
         "ja": ["yuki", "takashi", "haruka", "kenji", "aoi"],
         "zh": ["wang", "lixin", "zhangwei", "chenjie", "liuyang"],
         "ko": ["minjun", "jiwoo", "seoyeon", "hyunwoo", "jisoo"],
         "ru": ["ivan", "olga", "dmitry", "natasha", "sergey"],
         "ar": ["ahmed", "fatima", "omar", "khalid", "noura"],
         "th": ["somchai", "ploy", "nattapong", "kanya", "arthit"]}
MAILDOM = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com"],
           "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
           "fr": ["orange.fr", "hotmail.fr", "free.fr", "gmail.com"],
           "es": ["hotmail.es", "gmail.com", "yahoo.es"],
           "it": ["libero.it", "gmail.com", "virgilio.it"],
           "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
           "pl": ["wp.pl", "o2.pl", "interia.pl", "gmail.com"],
           "sv": ["telia.com", "gmail.com", "hotmail.se"],
           "pt": ["uol.com.br", "gmail.com", "bol.com.br"],
           "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
           "zh": ["qq.com", "163.com", "126.com", "sina.com"],
           "ko": ["naver.com", "daum.net", "gmail.com"],
           "ru": ["mail.ru", "yandex.ru", "gmail.com"],
           "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
           "th": ["gmail.com", "hotmail.com"]}


def email(lang):
    user = pick(FIRST[lang]) + pick([".", "_", ""]) + pick(["shop", "store", str(R.randint(70, 99)), "deals",
                                                             str(R.randint(100, 999)), "sale"])
    return user, pick(MAILDOM[lang])


def email_plain(lang):
    u, d = email(lang)
    return f"{u}@{d}"


def email_obf(lang):
    u, d = email(lang)
    host, tld = d.rsplit(".", 1)
    style = R.randrange(6)
    if style == 0:
        return f"{u} [at] {host} [dot] {tld}"
    if style == 1:
        return f"{u}(at){host}(dot){tld}"
    if style == 2:
        return f"{u} at {host} dot {tld}"
    if style == 3:
        return f"{u}＠{d}"
    if style == 4:
        return f"{u} @ {host} . {tld}"
    return f"{u}{{at}}{host}.{tld}"


def handle(lang):
    return pick(FIRST[lang]) + pick(["_", ".", ""]) + pick(["shop", "store", "888", str(R.randint(10, 99)), "vip",
                                                           "official", "deal"])


FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZH_NUM = str.maketrans("0123456789", "零一二三四五六七八九")
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spaced_digits(p):
    return " ".join(re.sub(r"[^\d+]", "", p))


def fullwidth_digits(p):
    return p.translate(FW)


def zh_numerals(p):
    return re.sub(r"\D", "", p).translate(ZH_NUM)


def words_digits(p):
    return " ".join(EN_WORDS[int(c)] for c in re.sub(r"\D", "", p))


# ---------------------------------------------------------------------------------------------
# Languages, markets and clean base products (hand-written, no claims, no brands)
# ---------------------------------------------------------------------------------------------

LANG_MARKETS = {
    "en": [("US", "en-US"), ("GB", "en-GB"), ("CA", "en-CA"), ("AU", "en-AU"), ("IN", "en-IN"), ("AE", "en-AE")],
    "de": [("DE", "de-DE")],
    "fr": [("FR", "fr-FR"), ("CA-QC", "fr-CA")],
    "es": [("ES", "es-ES"), ("MX", "es-MX"), ("US", "es-US")],
    "it": [("IT", "it-IT")],
    "nl": [("NL", "nl-NL")],
    "pl": [("PL", "pl-PL")],
    "sv": [("SE", "sv-SE")],
    "pt": [("BR", "pt-BR")],
    "ja": [("JP", "ja-JP")],
    "zh": [("CN", "zh-CN")],
    "ko": [("KR", "ko-KR")],
    # cross-border sellers write Russian listings for many markets (never FR / CA-QC: French is required there)
    "ru": [("DE", "ru-DE"), ("PL", "ru-PL"), ("US", "ru-US"), ("AE", "ru-AE"), ("GB", "ru-GB")],
    "ar": [("AE", "ar-AE"), ("SA", "ar-SA")],
    "th": [("TH", "th-TH")],
}
MARKET_LOCALE = {}
for _l, _ms in LANG_MARKETS.items():
    for _m, _loc in _ms:
        MARKET_LOCALE.setdefault((_m, _l), _loc)
PRIMARY_LANG = {"US": "en", "GB": "en", "CA": "en", "AU": "en", "IN": "en", "DE": "de", "FR": "fr", "CA-QC": "fr",
                "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PL": "pl", "SE": "sv", "BR": "pt", "JP": "ja",
                "CN": "zh", "KR": "ko", "AE": "ar", "SA": "ar", "TH": "th"}
EU = {"DE", "FR", "ES", "IT", "NL", "PL", "SE"}

ORIGINS = ["CN", "VN", "DE", "IN", "TR", "PT", "PL", "JP", "KR", "IT", "FR", "TH", "BD", "MX", "US", "ES"]

# Each product: (category, title, [bullets], description)
P = {}
P["en"] = [
    ("beauty/skincare", "Hydrating Face Cream with Hyaluronic Acid, 50 ml",
     ["Lightweight, non-greasy texture", "For morning and evening use", "Fragrance-free formula"],
     "A light daily moisturiser that leaves skin feeling soft and smooth. Apply a small amount to clean skin."),
    ("health/supplements", "Vitamin D3 1000 IU Softgels, 120 Count",
     ["One softgel daily with a meal", "Gluten-free and dairy-free", "Store in a cool, dry place"],
     "Vitamin D3 softgels in olive oil. Do not exceed the recommended daily dose. Keep out of reach of children."),
    ("grocery/tea", "Chamomile Herbal Tea, 40 Tea Bags",
     ["Caffeine-free herbal infusion", "Steep 5 minutes in boiling water"],
     "Whole chamomile flowers with a mild, honey-like taste. Enjoy after dinner."),
    ("electronics/headphones", "Wireless Over-Ear Headphones with 40h Battery",
     ["Bluetooth 5.3 with multipoint pairing", "Foldable design with carry case", "USB-C charging"],
     "Closed-back headphones with soft memory-foam ear cushions and a built-in microphone for calls."),
    ("apparel/t-shirts", "Men's Crew Neck T-Shirt, 100% Cotton",
     ["Regular fit", "Machine wash at 30 °C", "Available in six colours"],
     "A soft everyday T-shirt made from combed cotton jersey, 180 g/m²."),
    ("home/drinkware", "Stainless Steel Vacuum Flask 750 ml",
     ["Keeps drinks hot for up to 12 hours", "Leak-proof screw lid", "Powder-coated finish"],
     "Double-walled insulated bottle that fits most car cup holders."),
    ("toys/wooden", "Wooden Stacking Rainbow, 7 Pieces",
     ["Painted with water-based colours", "Large pieces for small hands", "Ages 3 and up"],
     "A classic open-ended toy for building arches, tunnels and towers."),
    ("sports/yoga", "Non-Slip Yoga Mat 183 x 61 cm, 6 mm",
     ["Textured surface on both sides", "Carry strap included"],
     "Cushioned exercise mat for yoga, pilates and floor workouts."),
    ("home/garden", "Foldable Garden Kneeler and Seat with Tool Pouches",
     ["Steel frame holds up to 150 kg", "Thick foam kneeling pad"],
     "Turn it over to use as a low bench while weeding or planting."),
]
P["de"] = [
    ("beauty/skincare", "Feuchtigkeitscreme mit Hyaluron, 50 ml",
     ["Leichte Textur, zieht schnell ein", "Für Tag und Nacht", "Ohne Parfüm"],
     "Pflegende Gesichtscreme für normale bis trockene Haut. Morgens und abends auf die gereinigte Haut auftragen."),
    ("health/supplements", "Magnesium Kapseln 400 mg, 120 Stück",
     ["Eine Kapsel täglich mit ausreichend Flüssigkeit", "Vegan, ohne Gelatine"],
     "Nahrungsergänzungsmittel. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden."),
    ("grocery/tea", "Kräutertee Pfefferminze, 20 Beutel",
     ["Koffeinfrei", "Mit kochendem Wasser aufgießen, 6 Minuten ziehen lassen"],
     "Kräftiger Pfefferminztee aus ganzen Blättern, ideal nach dem Essen."),
    ("electronics/headphones", "Bluetooth Kopfhörer Over-Ear, 40 Std. Akkulaufzeit",
     ["Bluetooth 5.3, Multipoint", "Faltbar, mit Transportetui", "Laden über USB-C"],
     "Geschlossene Kopfhörer mit weichen Ohrpolstern und eingebautem Mikrofon für Telefonate."),
    ("apparel/t-shirts", "Herren T-Shirt mit Rundhalsausschnitt aus Baumwolle",
     ["Regular Fit", "Waschbar bei 30 °C", "In sechs Farben erhältlich"],
     "Weiches Basic-Shirt aus gekämmter Baumwolle, 180 g/m²."),
    ("home/drinkware", "Edelstahl Thermoskanne 1 Liter",
     ["Hält Getränke bis zu 12 Stunden heiß", "Auslaufsicherer Schraubverschluss"],
     "Doppelwandige Isolierkanne mit Drehverschluss und Trinkbecher."),
    ("toys/wooden", "Holz-Stapelturm Regenbogen, 7 Teile",
     ["Mit Farben auf Wasserbasis lackiert", "Große Teile für kleine Hände", "Ab 3 Jahren"],
     "Klassisches Spielzeug zum Bauen von Brücken, Tunneln und Türmen."),
    ("home/garden", "Gartenschlauch 20 m mit Brause und Schnellkupplung",
     ["Knickfest, vierlagig", "7 Strahlarten"],
     "Flexibler Schlauch für Garten und Balkon, inklusive Wandhalterung."),
]
P["fr"] = [
    ("beauty/skincare", "Crème hydratante visage à l'acide hyaluronique, 50 ml",
     ["Texture légère, non grasse", "Pour le matin et le soir", "Sans parfum"],
     "Une crème légère qui laisse la peau douce et souple. Appliquer sur une peau propre et sèche."),
    ("health/supplements", "Vitamine D3 1000 UI, 120 capsules",
     ["Une capsule par jour au cours d'un repas", "Sans gluten"],
     "Complément alimentaire. Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des enfants."),
    ("grocery/tea", "Infusion verveine menthe, 20 sachets",
     ["Sans théine", "Infuser 5 minutes dans une eau frémissante"],
     "Un mélange doux de verveine et de menthe poivrée pour la fin de journée."),
    ("electronics/headphones", "Casque Bluetooth circum-auriculaire, autonomie 40 h",
     ["Bluetooth 5.3 multipoint", "Pliable, livré avec étui", "Charge USB-C"],
     "Casque fermé avec coussinets à mémoire de forme et micro intégré pour les appels."),
    ("apparel/t-shirts", "T-shirt homme col rond en coton",
     ["Coupe droite", "Lavable en machine à 30 °C", "Disponible en six coloris"],
     "Un t-shirt du quotidien en jersey de coton peigné, 180 g/m²."),
    ("home/drinkware", "Bouteille isotherme en inox 750 ml",
     ["Garde les boissons chaudes jusqu'à 12 heures", "Bouchon étanche"],
     "Bouteille à double paroi qui se glisse dans la plupart des porte-gobelets."),
    ("toys/wooden", "Arc-en-ciel à empiler en bois, 7 pièces",
     ["Peintures à base d'eau", "Grandes pièces faciles à saisir", "Dès 3 ans"],
     "Un jouet libre pour construire des ponts, des tunnels et des tours."),
    ("sports/yoga", "Tapis de yoga antidérapant 183 x 61 cm, épaisseur 6 mm",
     ["Surface texturée des deux côtés", "Sangle de transport incluse"],
     "Tapis confortable pour le yoga, le pilates et les exercices au sol."),
]
P["es"] = [
    ("beauty/skincare", "Crema hidratante facial con ácido hialurónico, 50 ml",
     ["Textura ligera, no grasa", "Para mañana y noche", "Sin perfume"],
     "Crema de uso diario que deja la piel suave. Aplicar sobre la piel limpia."),
    ("health/supplements", "Vitamina D3 1000 UI, 120 cápsulas blandas",
     ["Una cápsula al día con una comida", "Sin gluten"],
     "Complemento alimenticio. No superar la dosis diaria recomendada. Mantener fuera del alcance de los niños."),
    ("grocery/tea", "Infusión de manzanilla, 40 bolsitas",
     ["Sin cafeína", "Dejar reposar 5 minutos en agua caliente"],
     "Flores de manzanilla de sabor suave, ideales después de la cena."),
    ("electronics/headphones", "Auriculares inalámbricos de diadema, 40 h de batería",
     ["Bluetooth 5.3 multipunto", "Plegables, con funda", "Carga por USB-C"],
     "Auriculares cerrados con almohadillas de espuma viscoelástica y micrófono integrado."),
    ("apparel/t-shirts", "Camiseta de hombre de cuello redondo, 100 % algodón",
     ["Corte regular", "Lavable a 30 °C", "Disponible en seis colores"],
     "Camiseta básica de punto de algodón peinado, 180 g/m²."),
    ("home/drinkware", "Termo de acero inoxidable 750 ml",
     ["Mantiene las bebidas calientes hasta 12 horas", "Tapón antigoteo"],
     "Botella de doble pared que cabe en la mayoría de portavasos."),
    ("toys/wooden", "Arcoíris apilable de madera, 7 piezas",
     ["Pinturas al agua", "Piezas grandes", "A partir de 3 años"],
     "Juguete clásico para construir puentes, túneles y torres."),
]
P["it"] = [
    ("beauty/skincare", "Crema viso idratante all'acido ialuronico, 50 ml",
     ["Texture leggera, non unge", "Per mattina e sera", "Senza profumo"],
     "Crema quotidiana che lascia la pelle morbida. Applicare sulla pelle detersa."),
    ("health/supplements", "Vitamina D3 1000 UI, 120 perle",
     ["Una perla al giorno durante un pasto", "Senza glutine"],
     "Integratore alimentare. Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini."),
    ("grocery/tea", "Tisana camomilla e melissa, 20 filtri",
     ["Senza teina", "Lasciare in infusione 5 minuti"],
     "Una miscela delicata di camomilla e melissa per la sera."),
    ("electronics/headphones", "Cuffie Bluetooth over-ear, autonomia 40 ore",
     ["Bluetooth 5.3 multipoint", "Pieghevoli con custodia", "Ricarica USB-C"],
     "Cuffie chiuse con cuscinetti in memory foam e microfono integrato per le chiamate."),
    ("apparel/t-shirts", "T-shirt uomo girocollo in cotone",
     ["Vestibilità regolare", "Lavabile a 30 °C", "Disponibile in sei colori"],
     "Maglietta basic in jersey di cotone pettinato, 180 g/m²."),
    ("home/drinkware", "Borraccia termica in acciaio inox 750 ml",
     ["Mantiene le bevande calde fino a 12 ore", "Tappo a tenuta"],
     "Borraccia a doppia parete adatta alla maggior parte dei portabicchieri."),
    ("toys/wooden", "Arcobaleno impilabile in legno, 7 pezzi",
     ["Colori a base d'acqua", "Pezzi grandi", "Dai 3 anni"],
     "Un gioco classico per costruire ponti, tunnel e torri."),
]
P["nl"] = [
    ("beauty/skincare", "Hydraterende gezichtscrème met hyaluronzuur, 50 ml",
     ["Lichte textuur, niet vet", "Voor ochtend en avond", "Parfumvrij"],
     "Een lichte dagcrème die de huid zacht laat aanvoelen. Aanbrengen op de gereinigde huid."),
    ("health/supplements", "Vitamine D3 25 mcg, 120 softgels",
     ["Eén softgel per dag bij de maaltijd", "Glutenvrij"],
     "Voedingssupplement. Overschrijd de aanbevolen dagelijkse hoeveelheid niet."),
    ("grocery/tea", "Kruidenthee rooibos vanille, 20 zakjes",
     ["Cafeïnevrij", "5 minuten laten trekken"],
     "Zachte rooibos met een vleugje vanille, lekker in de avond."),
    ("electronics/headphones", "Draadloze over-ear koptelefoon, 40 uur accuduur",
     ["Bluetooth 5.3 multipoint", "Opvouwbaar met opbergetui", "Opladen via USB-C"],
     "Gesloten koptelefoon met zachte oorkussens en ingebouwde microfoon."),
    ("apparel/t-shirts", "Heren T-shirt met ronde hals, katoen",
     ["Normale pasvorm", "Wasbaar op 30 °C"],
     "Zacht basic shirt van gekamde katoen, 180 g/m²."),
    ("home/drinkware", "RVS thermosfles 750 ml",
     ["Houdt dranken tot 12 uur warm", "Lekvrije schroefdop"],
     "Dubbelwandige fles die in de meeste bekerhouders past."),
    ("toys/wooden", "Houten stapelregenboog, 7 delen",
     ["Verf op waterbasis", "Grote delen voor kleine handen", "Vanaf 3 jaar"],
     "Klassiek speelgoed om bruggen, tunnels en torens te bouwen."),
]
P["pl"] = [
    ("beauty/skincare", "Krem nawilżający do twarzy z kwasem hialuronowym, 50 ml",
     ["Lekka, nietłusta konsystencja", "Na dzień i na noc", "Bez zapachu"],
     "Lekki krem do codziennej pielęgnacji, pozostawia skórę miękką. Nakładać na oczyszczoną skórę."),
    ("health/supplements", "Witamina D3 2000 IU, 120 kapsułek",
     ["Jedna kapsułka dziennie podczas posiłku", "Bez glutenu"],
     "Suplement diety. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia."),
    ("grocery/tea", "Herbata owocowa malina z żurawiną, 20 torebek",
     ["Bez kofeiny", "Parzyć 6 minut"],
     "Aromatyczny napar owocowy, smaczny na ciepło i na zimno."),
    ("electronics/headphones", "Słuchawki bezprzewodowe nauszne, 40 h pracy na baterii",
     ["Bluetooth 5.3 multipoint", "Składane, z etui", "Ładowanie USB-C"],
     "Zamknięte słuchawki z miękkimi nausznikami i wbudowanym mikrofonem."),
    ("apparel/t-shirts", "Koszulka męska z okrągłym dekoltem, bawełna",
     ["Krój regular", "Pranie w 30 °C"],
     "Miękka koszulka z czesanej bawełny, 180 g/m²."),
    ("home/drinkware", "Kubek termiczny ze stali nierdzewnej 500 ml",
     ["Utrzymuje ciepło do 8 godzin", "Szczelna pokrywka"],
     "Dwuścienny kubek pasujący do większości uchwytów w samochodzie."),
    ("toys/wooden", "Drewniana tęcza do układania, 7 elementów",
     ["Farby na bazie wody", "Duże elementy", "Od 3 lat"],
     "Klasyczna zabawka do budowania mostów, tuneli i wież."),
]
P["sv"] = [
    ("beauty/skincare", "Återfuktande ansiktskräm med hyaluronsyra, 50 ml",
     ["Lätt konsistens, fettar inte", "För morgon och kväll", "Oparfymerad"],
     "En lätt dagkräm som gör huden mjuk. Applicera på ren hud."),
    ("health/supplements", "D-vitamin 25 µg, 120 kapslar",
     ["En kapsel om dagen till måltid", "Glutenfri"],
     "Kosttillskott. Överskrid inte rekommenderad daglig dos."),
    ("grocery/tea", "Örtte kamomill och citronmeliss, 20 påsar",
     ["Koffeinfritt", "Dra 5 minuter"],
     "En mild blandning för kvällen."),
    ("electronics/headphones", "Trådlösa over-ear-hörlurar, 40 timmars batteritid",
     ["Bluetooth 5.3 multipoint", "Hopfällbara med fodral", "Laddas via USB-C"],
     "Slutna hörlurar med mjuka öronkuddar och inbyggd mikrofon."),
    ("apparel/t-shirts", "T-shirt herr med rund hals, bomull",
     ["Normal passform", "Tvätt 30 °C"],
     "Mjuk basplagg i kammad bomull, 180 g/m²."),
    ("home/drinkware", "Termosflaska i rostfritt stål 750 ml",
     ["Håller drycken varm i upp till 12 timmar", "Läckagesäkert lock"],
     "Dubbelväggig flaska som passar i de flesta mugghållare."),
    ("toys/wooden", "Stapelbar regnbåge i trä, 7 delar",
     ["Vattenbaserad färg", "Stora delar", "Från 3 år"],
     "En klassisk leksak för att bygga broar, tunnlar och torn."),
]
P["pt"] = [
    ("beauty/skincare", "Creme hidratante facial com ácido hialurônico, 50 g",
     ["Textura leve, não oleosa", "Para uso diurno e noturno", "Sem fragrância"],
     "Hidratante de uso diário que deixa a pele macia. Aplique na pele limpa."),
    ("health/supplements", "Vitamina D3 2000 UI, 120 cápsulas",
     ["Uma cápsula ao dia com uma refeição", "Não contém glúten"],
     "Suplemento alimentar. Não exceder a recomendação diária de consumo."),
    ("grocery/tea", "Chá de camomila, 40 sachês",
     ["Sem cafeína", "Deixe em infusão por 5 minutos"],
     "Flores de camomila de sabor suave, ótimo depois do jantar."),
    ("electronics/headphones", "Fone de ouvido Bluetooth over-ear, bateria de 40 h",
     ["Bluetooth 5.3 multiponto", "Dobrável, com estojo", "Carregamento USB-C"],
     "Fone fechado com almofadas macias e microfone embutido para chamadas."),
    ("apparel/t-shirts", "Camiseta masculina gola careca 100% algodão",
     ["Modelagem regular", "Lavar a 30 °C"],
     "Camiseta básica de malha de algodão penteado, 180 g/m²."),
    ("home/drinkware", "Garrafa térmica de aço inox 750 ml",
     ["Mantém bebidas quentes por até 12 horas", "Tampa à prova de vazamento"],
     "Garrafa de parede dupla que cabe na maioria dos porta-copos."),
    ("toys/wooden", "Arco-íris de empilhar em madeira, 7 peças",
     ["Tintas à base de água", "Peças grandes", "A partir de 3 anos"],
     "Brinquedo clássico para montar pontes, túneis e torres."),
]
P["ja"] = [
    ("beauty/skincare", "ヒアルロン酸配合 保湿クリーム 50g",
     ["べたつかない軽いテクスチャー", "朝晩のお手入れに", "無香料"],
     "肌にうるおいを与え、なめらかに整えるデイリークリームです。洗顔後、適量を肌になじませてください。"),
    ("health/supplements", "ビタミンD 25μg 120粒 サプリメント",
     ["1日1粒を目安に水などでお召し上がりください", "約4か月分"],
     "栄養補助食品。1日の摂取目安量を守ってください。"),
    ("grocery/tea", "ほうじ茶 ティーバッグ 40包",
     ["香ばしい焙煎の香り", "ホットでもアイスでも"],
     "茶葉を丁寧に焙じました。食後のひとときにどうぞ。"),
    ("electronics/headphones", "ワイヤレスヘッドホン オーバーイヤー 最大40時間再生",
     ["Bluetooth 5.3 マルチポイント対応", "折りたたみ式 収納ケース付き", "USB-C充電"],
     "やわらかいイヤーパッドとマイクを搭載した密閉型ヘッドホンです。"),
    ("apparel/t-shirts", "メンズ クルーネック Tシャツ 綿100%",
     ["レギュラーフィット", "洗濯機洗い可（30℃）"],
     "コーマ糸を使用した肌ざわりのよい定番Tシャツです。"),
    ("home/drinkware", "ステンレス 真空断熱ボトル 750ml",
     ["保温12時間・保冷24時間", "漏れにくいスクリューキャップ"],
     "二重構造で結露しにくく、車のドリンクホルダーにも収まります。"),
    ("toys/wooden", "木製 積み木 レインボー 7ピース",
     ["水性塗料で塗装", "大きなパーツで持ちやすい", "対象年齢3歳以上"],
     "アーチやトンネル、タワーづくりが楽しめる定番のおもちゃです。"),
]
P["zh"] = [
    ("beauty/skincare", "玻尿酸保湿面霜 50g",
     ["质地轻薄不油腻", "早晚均可使用", "无香精"],
     "日常保湿面霜，使肌肤柔软润泽。洁面后取适量均匀涂抹于面部。"),
    ("health/supplements", "维生素D3软胶囊 120粒",
     ["每日1粒，随餐食用", "不含麸质"],
     "本品为膳食营养补充剂，不能代替药物。请勿超过推荐食用量。"),
    ("grocery/tea", "红茶 250g 罐装",
     ["汤色红浓", "可多次冲泡"],
     "条索紧细，汤色红亮，口感醇和。请置于阴凉干燥处保存。"),
    ("electronics/headphones", "头戴式无线蓝牙耳机 续航40小时",
     ["蓝牙5.3 多点连接", "可折叠 附收纳包", "Type-C充电"],
     "封闭式耳机，配备柔软记忆海绵耳罩和通话麦克风。"),
    ("apparel/t-shirts", "男士纯棉圆领短袖T恤",
     ["常规版型", "可机洗 30℃"],
     "精梳棉面料，柔软透气，180克重。"),
    ("home/drinkware", "不锈钢真空保温杯 750ml",
     ["保温12小时", "防漏螺旋杯盖"],
     "双层真空结构，适合放入大多数车载杯架。"),
    ("toys/wooden", "木制彩虹叠叠乐 7片",
     ["水性漆", "大尺寸积木 适合小手抓握", "适用年龄3岁以上"],
     "经典益智玩具，可搭建拱桥、隧道和高塔。"),
]
P["ko"] = [
    ("beauty/skincare", "히알루론산 수분 크림 50ml",
     ["산뜻하고 끈적임 없는 제형", "아침 저녁 데일리 케어", "무향료"],
     "피부에 수분을 공급해 촉촉하고 부드럽게 가꿔주는 데일리 크림입니다. 세안 후 적당량을 펴 발라 주세요."),
    ("health/supplements", "비타민D 1000IU 120캡슐",
     ["1일 1회 1캡슐 식후 섭취", "약 4개월분"],
     "건강기능식품입니다. 질병의 예방 및 치료를 위한 의약품이 아닙니다."),
    ("grocery/tea", "현미녹차 티백 50개입",
     ["고소한 현미 향", "뜨거운 물에 2~3분 우려 드세요"],
     "녹차와 볶은 현미를 블렌딩했습니다."),
    ("electronics/headphones", "무선 블루투스 헤드폰 오버이어 40시간 재생",
     ["블루투스 5.3 멀티포인트", "접이식 파우치 포함", "USB-C 충전"],
     "부드러운 이어쿠션과 통화용 마이크를 갖춘 밀폐형 헤드폰입니다."),
    ("apparel/t-shirts", "남성 라운드넥 면 반팔 티셔츠",
     ["레귤러 핏", "30℃ 세탁기 세탁 가능"],
     "코마사 면 소재로 부드럽고 통기성이 좋습니다."),
    ("home/drinkware", "스테인리스 진공 보온병 750ml",
     ["12시간 보온", "새지 않는 스크류 마개"],
     "이중 진공 구조로 차량 컵홀더에도 쏙 들어갑니다."),
    ("toys/wooden", "원목 무지개 쌓기 블록 7피스",
     ["수성 페인트 도장", "큰 블록으로 잡기 쉬움", "3세 이상"],
     "아치, 터널, 탑을 자유롭게 만들 수 있는 클래식 장난감입니다."),
]
P["ru"] = [
    ("beauty/skincare", "Увлажняющий крем для лица с гиалуроновой кислотой, 50 мл",
     ["Лёгкая текстура, не оставляет жирного блеска", "Для утреннего и вечернего ухода"],
     "Ежедневный крем делает кожу мягкой и гладкой. Наносить на очищенную кожу."),
    ("health/supplements", "Витамин D3 2000 МЕ, 120 капсул",
     ["По 1 капсуле в день во время еды", "Без глютена"],
     "Биологически активная добавка. Не является лекарственным средством."),
    ("grocery/tea", "Иван-чай ферментированный, 100 г",
     ["Без кофеина", "Заваривать 5–7 минут"],
     "Листовой травяной чай с мягким фруктовым ароматом."),
    ("electronics/headphones", "Беспроводные накладные наушники, до 40 часов работы",
     ["Bluetooth 5.3, мультипоинт", "Складная конструкция, чехол в комплекте", "Зарядка USB-C"],
     "Закрытые наушники с мягкими амбушюрами и встроенным микрофоном."),
    ("apparel/t-shirts", "Мужская футболка с круглым вырезом, хлопок",
     ["Прямой крой", "Стирка при 30 °C"],
     "Мягкая базовая футболка из чесаного хлопка, плотность 180 г/м²."),
    ("home/drinkware", "Термос из нержавеющей стали, 750 мл",
     ["Сохраняет тепло до 12 часов", "Герметичная крышка"],
     "Двустенная колба подходит для большинства автомобильных подстаканников."),
    ("toys/wooden", "Деревянная радуга-пирамидка, 7 деталей",
     ["Краски на водной основе", "Крупные детали", "От 3 лет"],
     "Классическая игрушка для строительства мостов, тоннелей и башен."),
]
P["ar"] = [
    ("beauty/skincare", "كريم مرطب للوجه بحمض الهيالورونيك 50 مل",
     ["قوام خفيف غير دهني", "للاستخدام صباحاً ومساءً", "خالٍ من العطور"],
     "كريم يومي يمنح البشرة نعومة وترطيباً. يوضع على بشرة نظيفة."),
    ("health/supplements", "فيتامين د3 1000 وحدة دولية، 120 كبسولة",
     ["كبسولة واحدة يومياً مع الطعام", "خالٍ من الجلوتين"],
     "مكمل غذائي. لا تتجاوز الجرعة اليومية الموصى بها."),
    ("grocery/dates", "تمر سكري فاخر 1 كجم",
     ["حصاد الموسم", "معبأ في علبة محكمة"],
     "تمر سكري طري بطعم العسل، مناسب للضيافة."),
    ("electronics/headphones", "سماعات رأس لاسلكية بلوتوث، بطارية 40 ساعة",
     ["بلوتوث 5.3 متعدد الاتصال", "قابلة للطي مع حقيبة", "شحن USB-C"],
     "سماعات مغلقة بوسائد ناعمة وميكروفون مدمج للمكالمات."),
    ("apparel/t-shirts", "تيشيرت رجالي قطن 100% بياقة دائرية",
     ["قصة عادية", "يغسل في الغسالة على 30 درجة"],
     "تيشيرت أساسي ناعم من القطن الممشط."),
    ("home/drinkware", "ترمس قهوة عربية ستانلس ستيل 1 لتر",
     ["يحافظ على الحرارة حتى 12 ساعة", "غطاء محكم"],
     "دلة حافظة للحرارة مناسبة للقهوة العربية والشاي."),
    ("toys/wooden", "قوس قزح خشبي للتركيب 7 قطع",
     ["ألوان مائية", "قطع كبيرة", "من عمر 3 سنوات"],
     "لعبة كلاسيكية لبناء الجسور والأنفاق والأبراج."),
]
P["th"] = [
    ("beauty/skincare", "ครีมบำรุงผิวหน้า ไฮยาลูรอน 50 มล.",
     ["เนื้อบางเบา ไม่เหนอะหนะ", "ใช้ได้ทั้งเช้าและเย็น", "ไม่มีน้ำหอม"],
     "ครีมบำรุงประจำวันช่วยให้ผิวรู้สึกนุ่มชุ่มชื้น ทาบนผิวที่สะอาด"),
    ("health/supplements", "วิตามินดี3 1000 IU 120 แคปซูล",
     ["รับประทานวันละ 1 แคปซูลหลังอาหาร", "ไม่มีกลูเตน"],
     "ผลิตภัณฑ์เสริมอาหาร ควรกินอาหารหลากหลาย ครบ 5 หมู่ ในสัดส่วนที่เหมาะสมเป็นประจำ"),
    ("grocery/tea", "ชาเขียวอบแห้ง 100 กรัม",
     ["หอมกลมกล่อม", "ชงได้หลายครั้ง"],
     "ใบชาคัดพิเศษ เก็บในที่แห้งและเย็น"),
    ("electronics/headphones", "หูฟังไร้สายแบบครอบหู แบตเตอรี่ 40 ชั่วโมง",
     ["บลูทูธ 5.3 เชื่อมต่อได้หลายอุปกรณ์", "พับได้ พร้อมกระเป๋า", "ชาร์จ USB-C"],
     "หูฟังแบบปิดพร้อมฟองน้ำนุ่มและไมโครโฟนในตัว"),
    ("apparel/t-shirts", "เสื้อยืดคอกลมผู้ชาย ผ้าฝ้าย 100%",
     ["ทรงปกติ", "ซักเครื่องได้ที่ 30 องศา"],
     "เสื้อยืดเบสิกเนื้อนุ่ม ระบายอากาศดี"),
    ("home/drinkware", "กระบอกน้ำเก็บอุณหภูมิ สแตนเลส 750 มล.",
     ["เก็บความร้อนได้ 12 ชั่วโมง", "ฝาเกลียวกันรั่ว"],
     "ผนังสองชั้น ใส่ที่วางแก้วในรถยนต์ได้"),
    ("toys/wooden", "ของเล่นไม้ สายรุ้งต่อซ้อน 7 ชิ้น",
     ["สีสูตรน้ำ", "ชิ้นใหญ่ จับถนัดมือ", "สำหรับเด็กอายุ 3 ปีขึ้นไป"],
     "ของเล่นคลาสสิกสำหรับต่อสะพาน อุโมงค์ และหอคอย"),
]

LANGS = list(P.keys())
assert set(LANGS) == set(LANG_MARKETS)


def product(lang, cat_prefix=None):
    ps = [p for p in P[lang] if cat_prefix is None or p[0].startswith(cat_prefix)]
    return pick(ps)


# ---------------------------------------------------------------------------------------------
# Case assembly
# ---------------------------------------------------------------------------------------------

CASES = []
_COUNT = collections.Counter()
_SEEN = set()
CJK = ("zh", "ja")


def sentence_join(lang, a, b):
    if not a:
        return b
    if lang in CJK:
        return a + ("" if a.endswith(("。", "！", "）", ")")) else "。") + b
    if lang == "th":
        return a + " " + b
    if b[:1].islower():
        b = b[0].upper() + b[1:]
    return a + ("" if a.rstrip().endswith((".", "!", "?", ":", ")")) else ".") + " " + b


def kw(lang, title):
    if lang in CJK:
        return " ".join(title.split()[:2])
    words = [w for w in re.split(r"[\s,–\-]+", title.lower()) if w and not re.match(r"^[\d.,/%x]+$", w)]
    return " ".join(words[:4])


def html_desc(desc, items):
    lis = "".join(f"<li>{x}</li>" for x in items)
    return f"<p>{desc}</p><ul>{lis}</ul>" if items else f"<p>{desc}</p>"


def place(lang, prod, sig=None, where=None):
    """Copy a base product and put the signal text `sig` into one field."""
    cat, t, bl, d = prod
    bl = list(bl)
    st = None
    if sig is not None:
        if where == "title":
            t = f"{t} {sig}" if R.random() < 0.7 else f"{sig} {t}"
        elif where == "bullets":
            bl.insert(R.randint(0, len(bl)), sig)
        elif where == "description":
            d = sentence_join(lang, d, sig)
        elif where == "search_terms":
            st = kw(lang, t) + " " + sig
        elif where == "html":
            d = html_desc(d, bl + [sig])
            bl = None
        else:
            raise ValueError(where)
    if where not in ("html",) and bl and R.random() < 0.12:
        d = html_desc(d, bl)
        bl = None
    if st is None and R.random() < 0.25:
        st = kw(lang, t)
    return dict(title=t, bullets=bl, description=d, search_terms=st, category=cat)


WHERE_ALL = ["title", "bullets", "description", "description", "html", "search_terms"]
WHERE_TEXT = ["bullets", "description", "description", "html"]


def market_for(lang, only=None):
    ms = [m for m in LANG_MARKETS[lang] if only is None or m[0] in only]
    return pick(ms)[0]


def add(section, lang, market, fields, expect, note, attributes=None, origin=True):
    loc = MARKET_LOCALE[(market, lang)]
    f = dict(fields)
    if not f.get("bullets"):
        f["bullets"] = None
    key = json.dumps([market, f.get("title"), f.get("bullets"), f.get("description"), f.get("search_terms")],
                     ensure_ascii=False)
    if key in _SEEN:
        return False
    _SEEN.add(key)
    _COUNT[(section, lang)] += 1
    attrs = dict(attributes or {})
    if origin and "origin" not in attrs:
        attrs["origin"] = pick(ORIGINS)
    obj = {"id": f"{section}-{lang}-{_COUNT[(section, lang)]:04d}", "market": market, "locale": loc}
    for k in ("title", "bullets", "description", "search_terms", "category"):
        if f.get(k):
            obj[k] = f[k]
    if attrs:
        obj["attributes"] = attrs
    obj["expect"] = sorted(set(expect))
    obj["note"] = note
    obj["_section"] = section
    obj["_lang"] = lang
    CASES.append(obj)
    return True


def fill(section, gens, target, positive):
    """Round-robin over generator functions until `target` cases were added."""
    start = sum(1 for c in CASES if c["_section"] == section and bool(c["expect"]) == positive)
    n, tries = start, 0
    order = list(gens)
    while n < start + target:
        g = order[tries % len(order)]
        tries += 1
        if g():
            n += 1
        if tries > target * 60:
            raise RuntimeError(f"{section}: could not reach {target} unique cases")
    return n - start


# ---------------------------------------------------------------------------------------------
# PRIVACY
# ---------------------------------------------------------------------------------------------

PHONE_TPL = {
    "en": ["Call or text {p} for bulk orders.", "Questions? Phone {p}", "Tel: {p}", "For faster service ring me on {p}",
           "Mobile {p} (9am–6pm)"],
    "de": ["Bei Fragen rufen Sie mich an: {p}", "Tel. {p}", "Mengenrabatt auf Anfrage unter {p}", "Handy: {p}"],
    "fr": ["Pour toute question, appelez-moi au {p}", "Tél : {p}", "Commandes en gros au {p}"],
    "es": ["Para pedidos al por mayor llama al {p}", "Tel.: {p}", "Dudas al {p}"],
    "it": ["Per informazioni chiamare il {p}", "Tel. {p}", "Ordini all'ingrosso: {p}"],
    "nl": ["Bel voor vragen naar {p}", "Tel: {p}"],
    "pl": ["W razie pytań dzwoń: {p}", "Tel. {p}"],
    "sv": ["Ring {p} vid frågor", "Tel: {p}"],
    "pt": ["Dúvidas? Ligue {p}", "Tel: {p}", "Atacado pelo telefone {p}"],
    "ja": ["お問い合わせは {p} まで", "電話：{p}", "まとめ買いのご相談は{p}へ"],
    "zh": ["咨询电话：{p}", "批发请致电{p}", "联系电话 {p}"],
    "ko": ["문의 전화 {p}", "대량 구매 문의: {p}", "연락처 {p}"],
    "ru": ["Звоните: {p}", "Тел.: {p}", "Оптом — по телефону {p}"],
    "ar": ["للاستفسار اتصل على {p}", "هاتف: {p}"],
    "th": ["สอบถามโทร {p}", "โทร: {p}"],
}
EMAIL_TPL = {
    "en": ["Email me at {e} for wholesale prices.", "Contact: {e}", "Send your order details to {e}"],
    "de": ["Anfragen bitte an {e}", "E-Mail: {e}", "Schreiben Sie mir: {e}"],
    "fr": ["Écrivez-moi à {e}", "E-mail : {e}"],
    "es": ["Escríbeme a {e}", "Correo: {e}"],
    "it": ["Scrivimi a {e}", "Email: {e}"],
    "nl": ["Mail naar {e}", "E-mail: {e}"],
    "pl": ["Pisz na {e}", "E-mail: {e}"],
    "sv": ["Mejla {e}", "E-post: {e}"],
    "pt": ["Mande e-mail para {e}", "E-mail: {e}"],
    "ja": ["メール：{e}", "ご質問は{e}までお送りください"],
    "zh": ["邮箱：{e}", "详情请发邮件至{e}"],
    "ko": ["이메일 문의 {e}", "메일: {e}"],
    "ru": ["Пишите на почту {e}", "E-mail: {e}"],
    "ar": ["راسلنا على البريد {e}", "البريد الإلكتروني: {e}"],
    "th": ["อีเมล {e}", "ติดต่อทางอีเมล {e}"],
}
MSG_TPL = {  # {p}=phone {h}=handle {w}=wa.me link {q}=QQ number
    "en": ["WhatsApp me on {p}", "Text me on WhatsApp: {w}", "Telegram: @{h}", "DM on Telegram t.me/{h}",
           "Add me on WeChat: {h}"],
    "de": ["WhatsApp: {p}", "Schreib mir auf Telegram: @{h}", "Direkt per WhatsApp bestellen: {w}"],
    "fr": ["Contactez-moi sur WhatsApp au {p}", "Telegram : t.me/{h}"],
    "es": ["Escríbeme por WhatsApp al {p}", "Pedidos por WhatsApp: {w}"],
    "it": ["Scrivimi su WhatsApp {p}", "Telegram @{h}"],
    "nl": ["App me via WhatsApp: {p}"],
    "pl": ["Pisz na WhatsApp lub Telegram: {p}"],
    "sv": ["Sms:a eller WhatsApp {p}"],
    "pt": ["Chama no zap {p}", "WhatsApp: {p}", "Pedidos pelo link {w}"],
    "ja": ["LINE ID：{h}", "LINEで友だち追加 → @{h}", "ライン：{h} までどうぞ"],
    "zh": ["加微信 {h}", "VX：{h}", "微信号：{h}", "薇信 {h} 咨询", "QQ：{q}", "wx: {h} 备注购买"],
    "ko": ["카톡 ID: {h}", "카카오톡 {h} 으로 연락주세요", "오픈채팅 open.kakao.com/o/s{q}"],
    "ru": ["Telegram @{h}", "WhatsApp/Viber {p}", "Пишите в t.me/{h}"],
    "ar": ["واتساب {p}", "تواصل عبر الواتس {p}"],
    "th": ["LINE: @{h}", "แอดไลน์ {h}", "ไลน์ไอดี {h}"],
}
DIRECT = {
    "en": ["Contact me directly for a cheaper price outside the platform.",
           "Message me off-site and I'll give you 20% off.",
           "Don't order here — contact me directly for the real price."],
    "de": ["Kontaktieren Sie mich direkt – außerhalb der Plattform günstiger.",
           "Für Sonderpreise bitte direkt bei mir melden, nicht über die Plattform."],
    "fr": ["Contactez-moi directement hors plateforme pour un meilleur prix."],
    "es": ["Contáctame directamente fuera de la plataforma y te hago descuento."],
    "it": ["Contattami direttamente fuori dalla piattaforma per uno sconto."],
    "nl": ["Neem rechtstreeks contact met mij op buiten het platform voor een betere prijs."],
    "pl": ["Skontaktuj się ze mną bezpośrednio poza platformą, będzie taniej."],
    "sv": ["Kontakta mig direkt utanför plattformen för bättre pris."],
    "pt": ["Me chama no privado fora da plataforma que faço mais barato."],
    "ja": ["直接取引をご希望の方は個別にご連絡ください。"],
    "zh": ["私下交易更便宜，直接联系我。", "拍下前请先私聊卖家，平台外付款有优惠。"],
    "ko": ["직거래 원하시면 개인적으로 연락 주세요."],
    "ru": ["Пишите мне напрямую, вне площадки дешевле."],
    "ar": ["تواصل معي مباشرة خارج المنصة للحصول على سعر أفضل."],
    "th": ["ติดต่อฉันโดยตรงนอกแพลตฟอร์ม ราคาถูกกว่า"],
}
KR_NUM = str.maketrans("0123456789", "공일이삼사오육칠팔구")
TH_NUM = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
AR_NUM = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def lang_region(lang):
    m = market_for(lang)
    return m, m


def g_priv_phone(lang):
    def g():
        m = market_for(lang)
        p = phone(m)
        sig = pick(PHONE_TPL[lang]).format(p=p)
        where = pick(WHERE_ALL[:-1] + ["bullets"])
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, m, f, ["privacy"], f"{m} phone number in {where}, format '{p}'")
    return g


def g_priv_phone_obf(lang):
    def g():
        m = market_for(lang)
        p = phone(m)
        if lang == "zh":
            v, how = zh_numerals(p), "Chinese numerals for digits"
        elif lang == "ko" and R.random() < 0.6:
            v, how = re.sub(r"\D", "", p).translate(KR_NUM), "Hangul Sino-Korean numerals for digits"
        elif lang == "th" and R.random() < 0.6:
            v, how = p.translate(TH_NUM), "Thai digits"
        elif lang == "ar" and R.random() < 0.7:
            v, how = p.translate(AR_NUM), "Arabic-Indic digits"
        elif lang == "ja" or R.random() < 0.3:
            v, how = fullwidth_digits(p), "full-width digits"
        elif lang == "en" and R.random() < 0.5:
            v, how = words_digits(p), "digits spelled out as words"
        else:
            v, how = spaced_digits(p), "digits split by spaces"
        sig = pick(PHONE_TPL[lang]).format(p=v)
        where = pick(WHERE_TEXT)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, m, f, ["privacy"], f"obfuscated {m} phone number ({how}) in {where}")
    return g


def g_priv_email(lang, obf):
    def g():
        m = market_for(lang)
        e = email_obf(lang) if obf else email_plain(lang)
        sig = pick(EMAIL_TPL[lang]).format(e=e)
        where = pick(WHERE_ALL)
        f = place(lang, product(lang), sig, where)
        kind = "obfuscated e-mail" if obf else "e-mail address"
        return add("pii", lang, m, f, ["privacy"], f"{kind} '{e}' in {where}")
    return g


def g_priv_msg(lang):
    def g():
        m = market_for(lang)
        tpl = pick(MSG_TPL[lang])
        sig = tpl.format(p=phone(m), h=handle(lang), w=wa_link(m), q=str(R.randint(10000000, 3999999999)))
        where = pick(WHERE_ALL)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, m, f, ["privacy"], f"messenger contact in {where}: {tpl.split('{')[0].strip() or tpl}")
    return g


def g_priv_direct(lang):
    def g():
        m = market_for(lang)
        sig = pick(DIRECT[lang])
        where = pick(WHERE_TEXT)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, m, f, ["privacy"], f"invitation to contact the seller off-platform (no number) in {where}")
    return g


NATID = [  # (lang, market, template, generator, label)
    ("pt", "BR", "CPF do vendedor: {v}", cpf, "Brazilian CPF (valid check digits)"),
    ("pt", "BR", "Nota fiscal emitida no CPF {v}, envio em 24 h.", cpf, "Brazilian CPF (valid check digits)"),
    ("pt", "BR", "Chave PIX (CPF): {v}", cpf, "Brazilian CPF used as PIX key"),
    ("zh", "CN", "卖家身份证号：{v}", cn_resident_id, "Chinese resident id (GB 11643 check char)"),
    ("zh", "CN", "实名认证 身份证 {v}", cn_resident_id, "Chinese resident id (GB 11643 check char)"),
    ("en", "US", "Seller SSN {v} for warranty registration.", us_ssn, "US SSN (valid area/group/serial)"),
    ("en", "US", "Tax info: SSN {v}", us_ssn, "US SSN (valid area/group/serial)"),
    ("de", "DE", "Steuer-ID des Verkäufers: {v}", de_tax_id, "German tax id (ISO 7064 check digit)"),
    ("de", "DE", "Steuerliche Identifikationsnummer {v} (für Rechnungen)", de_tax_id, "German tax id"),
    ("es", "ES", "DNI del vendedor: {v}", es_dni, "Spanish DNI (valid letter)"),
    ("es", "ES", "Factura a nombre de NIE {v}", es_nie, "Spanish NIE (valid letter)"),
    ("it", "IT", "Codice fiscale venditore: {v}", it_codice_fiscale, "Italian codice fiscale (valid check char)"),
    ("ko", "KR", "판매자 주민등록번호 {v}", kr_rrn, "Korean RRN (valid check digit)"),
    ("ja", "JP", "出品者マイナンバー：{v}", jp_my_number, "Japanese My Number (valid check digit)"),
    ("en", "IN", "Seller Aadhaar no. {v} for KYC.", aadhaar, "Indian Aadhaar (Verhoeff check)"),
    ("en", "GB", "My NI number is {v}, invoices on request.", gb_nino, "UK National Insurance number (valid prefix)"),
    ("fr", "FR", "N° de sécurité sociale du vendeur : {v}", fr_nir, "French NIR (valid key)"),
]


def g_priv_natid(i):
    lang, m, tpl, gen, label = NATID[i % len(NATID)]

    def g():
        sig = tpl.format(v=gen())
        where = pick(WHERE_TEXT)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, m, f, ["privacy"], f"{label} in {where}")
    return g


CARD_TPL = [("en", None, "Pay directly to my card {c} and save the fees.", None),
            ("en", None, "Card no. {c} (transfer before shipping)", None),
            ("de", "DE", "Zahlung direkt auf Karte {c}", "Mastercard"),
            ("fr", "FR", "Paiement direct sur la carte {c}", "Visa"),
            ("zh", "CN", "付款卡号：{c}（银联）", "UnionPay"),
            ("ja", "JP", "お振込カード番号 {c}", "JCB"),
            ("ru", None, "Оплата на карту {c}", "Mir"),
            ("pt", "BR", "Pague no cartão {c}", "Visa"),
            ("ko", "KR", "카드번호 {c} 로 입금", "Mastercard"),
            ("en", "US", "Amex {c} accepted by phone", "American Express"),
            ("en", "US", "Send payment to Discover card {c}", "Discover")]

IBAN_TPL = [("de", "DE", "Vorkasse per Überweisung: IBAN {i}", "DE"),
            ("de", "DE", "Bankverbindung: {i}, Verwendungszweck Artikelnummer", "DE"),
            ("fr", "FR", "Virement direct : IBAN {i}", "FR"),
            ("es", "ES", "Transferencia a IBAN {i} y envío gratis", "ES"),
            ("it", "IT", "Bonifico su IBAN {i}", "IT"),
            ("nl", "NL", "Betaal via overboeking naar {i}", "NL"),
            ("pl", "PL", "Przelew na konto {i}", "PL"),
            ("sv", "SE", "Betala till IBAN {i}", "SE"),
            ("en", "GB", "Bank transfer to {i} for 10% off", "GB"),
            ("ar", "AE", "حوّل المبلغ إلى الآيبان {i}", "AE"),
            ("ar", "SA", "التحويل إلى حساب {i}", "SA"),
            ("pt", "BR", "Transferência internacional: IBAN {i}", "BR")]


def g_priv_card(i):
    lang, m, tpl, issuer = CARD_TPL[i % len(CARD_TPL)]

    def g():
        name, n = card(issuer)
        mm = m or market_for(lang)
        sig = tpl.format(c=card_fmt(n, pick([" ", " ", "-", ""])))
        where = pick(WHERE_TEXT)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, mm, f, ["privacy"], f"Luhn-valid {name} card number in {where}")
    return g


def g_priv_iban(i):
    lang, m, tpl, cc = IBAN_TPL[i % len(IBAN_TPL)]

    def g():
        v = iban(cc)
        if R.random() < 0.3:
            v = v.replace(" ", "")
        sig = tpl.format(i=v)
        where = pick(WHERE_TEXT)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, m, f, ["privacy"], f"{cc} IBAN with valid mod-97 and length in {where}")
    return g


# --- privacy negatives -----------------------------------------------------------------------

COMPANIES = ["Acme", "Nordwerk", "Lumina", "Verano", "Holtz", "Brightline", "Kovalo", "Sollen", "Alpenhaus", "Marivo"]
STREETS = {"de": ["Industriestraße", "Hauptstraße", "Am Hafen", "Gewerbepark"],
           "fr": ["de la République", "des Lilas", "Victor Hugo"], "it": ["Roma", "Garibaldi", "dell'Industria"],
           "es": ["Mayor", "de Alcalá", "Industria"], "nl": ["Industrieweg", "Havenstraat", "Stationsplein"],
           "pl": ["Przemysłowa", "Długa", "Polna"], "sv": ["Industrigatan", "Storgatan", "Hamnvägen"]}
CITIES = {"de": [("10115", "Berlin"), ("80331", "München"), ("20095", "Hamburg"), ("74072", "Heilbronn")],
          "fr": [("75011", "Paris"), ("69002", "Lyon"), ("31000", "Toulouse")],
          "it": [("20121", "Milano"), ("00184", "Roma"), ("40121", "Bologna")],
          "es": [("28013", "Madrid"), ("08001", "Barcelona"), ("46001", "Valencia")],
          "nl": [("1012 AB", "Amsterdam"), ("3011 AD", "Rotterdam"), ("3511 AX", "Utrecht")],
          "pl": [("00-001", "Warszawa"), ("30-001", "Kraków"), ("50-001", "Wrocław")],
          "sv": [("111 22", "Stockholm"), ("411 03", "Göteborg"), ("211 20", "Malmö")]}
GPSR_TPL = {
    "de": ["Hersteller: {co} GmbH, {st} {n}, {zip} {city}, Deutschland, {mail}",
           "Verantwortliche Person in der EU: {co} GmbH, {st} {n}, {zip} {city}, E-Mail: {mail}"],
    "fr": ["Fabricant : {co} SAS, {n} rue {st}, {zip} {city}, France – {mail}",
           "Personne responsable dans l'UE : {co} SAS, {n} rue {st}, {zip} {city} – {mail}"],
    "it": ["Produttore: {co} S.r.l., Via {st} {n}, {zip} {city} – {mail}"],
    "es": ["Fabricante: {co} S.L., Calle {st} {n}, {zip} {city} – {mail}"],
    "nl": ["Fabrikant: {co} B.V., {st} {n}, {zip} {city} – {mail}"],
    "pl": ["Producent: {co} Sp. z o.o., ul. {st} {n}, {zip} {city} – {mail}"],
    "sv": ["Tillverkare: {co} AB, {st} {n}, {zip} {city} – {mail}"],
}
GPSR_MAIL = {"de": ["info", "kontakt", "service"], "fr": ["contact", "sav"], "it": ["info", "assistenza"],
             "es": ["atencion", "info"], "nl": ["service", "info"], "pl": ["biuro", "kontakt"],
             "sv": ["kundtjanst", "info"]}
TLD = {"de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "sv": "se"}


def g_neg_gpsr(lang):
    def g():
        co = pick(COMPANIES)
        zp, city = pick(CITIES[lang])
        mail = f"{pick(GPSR_MAIL[lang])}@{co.lower()}.{TLD[lang]}"
        sig = pick(GPSR_TPL[lang]).format(co=co, st=pick(STREETS[lang]), n=R.randint(1, 120), zip=zp, city=city,
                                          mail=mail)
        where = pick(["description", "bullets", "html"])
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, market_for(lang), f, [],
                   f"GPSR manufacturer/responsible-person contact with company e-mail in {where} (required, not personal)")
    return g


ONPLATFORM = {
    "en": ["Questions? Use the 'Ask a question' button on this page.",
           "Contact us through the marketplace messaging; we reply within 24 hours."],
    "de": ["Bei Fragen nutzen Sie bitte die Nachrichtenfunktion der Plattform."],
    "fr": ["Pour toute question, utilisez la messagerie de la plateforme."],
    "es": ["Si tienes dudas, escríbenos a través de la mensajería de la plataforma."],
    "it": ["Per domande usa la messaggistica del marketplace."],
    "nl": ["Vragen? Stuur ons een bericht via het platform."],
    "pl": ["Pytania? Napisz do nas przez system wiadomości platformy."],
    "sv": ["Frågor? Skicka ett meddelande via plattformen."],
    "pt": ["Dúvidas? Use o campo de perguntas do anúncio."],
    "ja": ["ご不明点はストアへのお問い合わせフォームからご連絡ください。"],
    "zh": ["如有问题请通过平台客服咨询。"],
    "ko": ["문의는 상품 Q&A 게시판을 이용해 주세요."],
    "ru": ["Вопросы задавайте через чат площадки."],
    "ar": ["للاستفسار استخدم خاصية الرسائل في المنصة."],
    "th": ["สอบถามผ่านแชทของร้านบนแพลตฟอร์ม"],
}
WATCH = {
    "en": ("electronics/smartwatches", "Smart Watch 1.8\" AMOLED, Heart Rate, 5 ATM",
           "Call and message notifications for WhatsApp, Telegram, WeChat and LINE."),
    "de": ("electronics/smartwatches", "Smartwatch 1,8 Zoll AMOLED mit Pulsmesser",
           "Benachrichtigungen für Anrufe, SMS, WhatsApp und Telegram."),
    "fr": ("electronics/smartwatches", "Montre connectée AMOLED 1,8 pouce, cardiofréquencemètre",
           "Notifications d'appels, SMS, WhatsApp et Telegram."),
    "es": ("electronics/smartwatches", "Reloj inteligente AMOLED 1,8\", pulsómetro",
           "Notificaciones de llamadas, WhatsApp y Telegram."),
    "it": ("electronics/smartwatches", "Smartwatch AMOLED 1,8\" con cardiofrequenzimetro",
           "Notifiche di chiamate, WhatsApp e Telegram."),
    "nl": ("electronics/smartwatches", "Smartwatch 1,8 inch AMOLED met hartslagmeter",
           "Meldingen van oproepen, WhatsApp en Telegram."),
    "pl": ("electronics/smartwatches", "Smartwatch AMOLED 1,8\" z pulsometrem",
           "Powiadomienia o połączeniach, WhatsApp i Telegram."),
    "sv": ("electronics/smartwatches", "Smartklocka 1,8\" AMOLED med pulsmätare",
           "Aviseringar för samtal, WhatsApp och Telegram."),
    "pt": ("electronics/smartwatches", "Smartwatch AMOLED 1,8\" com monitor cardíaco",
           "Notificações de chamadas, WhatsApp e Telegram."),
    "ja": ("electronics/smartwatches", "スマートウォッチ 1.8インチ AMOLED 心拍計",
           "LINE・メール・着信通知に対応。"),
    "zh": ("electronics/smartwatches", "智能手表 1.8英寸AMOLED 心率监测",
           "支持微信、QQ、来电及短信消息提醒。"),
    "ko": ("electronics/smartwatches", "스마트워치 1.8인치 AMOLED 심박 측정",
           "카카오톡·문자·전화 알림 지원."),
    "ru": ("electronics/smartwatches", "Смарт-часы 1,8\" AMOLED, пульсометр",
           "Уведомления WhatsApp, Telegram и входящих звонков."),
    "ar": ("electronics/smartwatches", "ساعة ذكية 1.8 بوصة AMOLED مع قياس النبض",
           "إشعارات واتساب والمكالمات والرسائل."),
    "th": ("electronics/smartwatches", "สมาร์ทวอทช์ จอ AMOLED 1.8 นิ้ว วัดชีพจร",
           "แจ้งเตือน LINE, Facebook และสายเรียกเข้า"),
}


def g_neg_onplatform(lang):
    def g():
        sig = pick(ONPLATFORM[lang])
        where = pick(WHERE_TEXT)
        f = place(lang, product(lang), sig, where)
        return add("pii", lang, market_for(lang), f, [], f"on-platform contact instruction in {where}, no contact data")
    return g


def g_neg_watch(lang):
    def g():
        cat, t, d = WATCH[lang]
        extra = pick(["", " 5 ATM.", " Bluetooth 5.3.", " 300 mAh."])
        f = place(lang, (cat, t, [], d + extra), None, None)
        return add("pii", lang, market_for(lang), f, [],
                   "messenger names as supported notification features, not contact handles")
    return g


def spec_number(lang, m, kind=None):
    """A number-heavy but harmless spec line and a description of it."""
    k = R.randrange(14) if kind is None else kind
    if k == 0:
        e = ean13({"ja": "49", "zh": "69", "ko": "880", "pt": "789", "de": "40"}.get(lang))
        return pick([f"EAN: {e}", f"GTIN {e}", f"EAN-13 {e}"]), "EAN-13 with valid check digit"
    if k == 1:
        return f"UPC {upc_a()}", "UPC-A code"
    if k == 2:
        return f"ISBN {isbn13_fmt()}", "ISBN-13"
    if k == 3:
        mdl = pick(["SM-G991B", "WH-1000XM4", "RTX 4070", "KX-TG6812", "A2894", "XR-55A80L", "DCB184-XE",
                    f"{pick(['HX', 'KT', 'ZR', 'MB'])}-{R.randint(1000, 9999)}{pick('ABCX')}"])
        return f"Model: {mdl}", f"model number {mdl}"
    if k == 4:
        a, b, c = R.randint(10, 80), R.randint(10, 80), R.randint(5, 60)
        return pick([f"{a} x {b} x {c} cm", f"{a}x{b}x{c} mm", "1920x1080 Full HD", "3840 x 2160 px"]), "dimensions"
    if k == 5:
        return pick(["Input: 220-240V ~ 50/60Hz, 1200 W", "AC 100–240 V, 50/60 Hz", "5V ⎓ 2A / 9V ⎓ 2.22A",
                     "12 V DC, 2.5 A"]), "voltage/power rating"
    if k == 6:
        return f"Serial: {card_fmt(card_invalid())}", "16-digit serial number that fails Luhn"
    if k == 7:
        return f"Order ref. {card_fmt(card_invalid(), '-')}", "order reference with card-like grouping, fails Luhn"
    if k == 8:
        return pick([f"Firmware v{R.randint(1, 4)}.{R.randint(0, 12)}.{R.randint(0, 30)} (build {R.randint(2021, 2025)}"
                     f"{R.randint(1, 12):02d}{R.randint(1, 28):02d})", f"Version {R.randint(1, 9)}.{R.randint(0, 9)}",
                     f"LOT {R.randint(2201, 2512)}-{R.randint(100, 999)}-{R.randint(1000, 9999)}"]), "version/lot string"
    if k == 9:
        return pick([f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{R.randint(2024, 2027)}",
                     f"{R.randint(2024, 2027)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                     f"{R.randint(1, 12)}/{R.randint(2025, 2028)}"]), "date"
    if k == 10:
        return pick([f"{R.randint(9, 199)},{R.randint(0, 99):02d} €", f"${R.randint(9, 199)}.99",
                     f"£{R.randint(5, 90)}.{R.randint(0, 99):02d}", f"¥{R.randint(1000, 19999):,}",
                     f"R$ {R.randint(20, 900)},90"]), "price"
    if k == 11:
        return pick(["Charges 2 A @ 5 V", "Mix 1 part @ 20 °C", "Follow @ our store page for new colours"]), \
               "'@' that is not an e-mail address"
    if k == 12:
        return pick([f"HSN {R.randint(39000000, 96999999)}", f"SC{digits(14)}", f"GB/T {R.randint(1000, 39999)}-20{R.randint(10, 24)}",
                     f"ANATEL {digits(5)}-{R.randint(10, 24)}-{digits(5)}", f"R 201-{digits(6)}"]), \
               "certificate/licence/tariff code"
    v = cpf_invalid()
    return f"Ref. {v}", "CPF-formatted reference with wrong check digits"


SPEC_LABEL = {"en": "Specs", "de": "Technische Daten", "fr": "Caractéristiques", "es": "Especificaciones",
              "it": "Specifiche", "nl": "Specificaties", "pl": "Specyfikacja", "sv": "Specifikationer",
              "pt": "Especificações", "ja": "仕様", "zh": "规格", "ko": "사양", "ru": "Характеристики",
              "ar": "المواصفات", "th": "สเปก"}


ELEC_KINDS = {3, 5, 6, 8, 11}


def spec_pair(lang, m):
    k1, k2 = R.randrange(14), R.randrange(14)
    s1, n1 = spec_number(lang, m, k1)
    s2, n2 = spec_number(lang, m, k2)
    elec = bool({k1, k2} & ELEC_KINDS)
    return s1, n1, s2, n2, elec


def g_neg_numbers(lang):
    def g():
        m = market_for(lang)
        s1, n1, s2, n2, elec = spec_pair(lang, m)
        sig = f"{SPEC_LABEL[lang]}: {s1}; {s2}"
        where = pick(["bullets", "description", "html", "bullets"])
        f = place(lang, product(lang, "electronics/" if elec else None), sig, where)
        return add("pii", lang, m, f, [], f"number-heavy spec line ({n1}; {n2}) in {where}, no personal data")
    return g


FW_SPEC = {"ja": ["サイズ：３０×４０×２５ｃｍ", "容量：７５０ｍｌ", "重さ：約１．２ｋｇ"],
           "zh": ["尺寸：３０×４０ｃｍ", "三件套 一年保修", "适用年龄：三岁以上"],
           "ko": ["사이즈: ３０×４０cm", "일년 무상 A/S"]}


def g_neg_fw(lang):
    def g():
        sig = pick(FW_SPEC[lang])
        f = place(lang, product(lang), sig, pick(["bullets", "description"]))
        return add("pii", lang, market_for(lang), f, [], "full-width or CJK numerals in a size/warranty spec, not a phone")
    return g


def g_neg_cnpj():
    co = pick(["Casa Verde", "Lumina", "Bela Vista", "Kovalo"])
    sig = pick([f"Vendido e entregue por {co} Comércio Ltda., CNPJ {cnpj()}",
                f"Loja oficial {co} – CNPJ: {cnpj()} – São Paulo/SP"])
    f = place("pt", product("pt"), sig, pick(["description", "bullets"]))
    return add("pii", "pt", "BR", f, [], "company CNPJ (valid check digits) as required seller disclosure, not personal data")


def build_privacy():
    pos = []
    for lang in LANGS:
        pos += [g_priv_phone(lang), g_priv_phone_obf(lang), g_priv_email(lang, False), g_priv_email(lang, True),
                g_priv_msg(lang), g_priv_direct(lang)]
    pos += [g_priv_natid(i) for i in range(len(NATID))]
    pos += [g_priv_card(i) for i in range(len(CARD_TPL))]
    pos += [g_priv_iban(i) for i in range(len(IBAN_TPL))]
    R.shuffle(pos)
    fill("pii", pos, 128, True)
    neg = []
    for lang in LANGS:
        neg += [g_neg_onplatform(lang), g_neg_watch(lang), g_neg_numbers(lang), g_neg_numbers(lang)]
        if lang in GPSR_TPL:
            neg += [g_neg_gpsr(lang), g_neg_gpsr(lang)]
        if lang in FW_SPEC:
            neg.append(g_neg_fw(lang))
    neg.append(g_neg_cnpj)
    R.shuffle(neg)
    fill("pii", neg, 127, False)


# ---------------------------------------------------------------------------------------------
# TRADEMARK
# ---------------------------------------------------------------------------------------------

# latin name, item classes, then local-script names
BRANDS = [
    dict(latin="Nike", core="Nike", cls=["shoes", "tshirt"], zh="耐克", ja="ナイキ", ko="나이키", ru="Найк", ar="نايكي", th="ไนกี้"),
    dict(latin="Adidas", core="Adidas", cls=["shoes", "tshirt"], zh="阿迪达斯", ja="アディダス", ko="아디다스", ru="Адидас", ar="أديداس", th="อาดิดาส"),
    dict(latin="Gucci", core="Gucci", cls=["bag"], zh="古驰", ja="グッチ", ko="구찌", ru="Гуччи", ar="غوتشي", th="กุชชี่"),
    dict(latin="Louis Vuitton", core="Vuitton", cls=["bag"], zh="路易威登", ja="ルイ・ヴィトン", ko="루이비통", ru="Луи Виттон", ar="لويس فويتون", th="หลุยส์ วิตตอง"),
    dict(latin="Chanel", core="Chanel", cls=["bag", "perfume"], zh="香奈儿", ja="シャネル", ko="샤넬", ru="Шанель", ar="شانيل", th="ชาแนล"),
    dict(latin="Rolex", core="Rolex", cls=["watch"], zh="劳力士", ja="ロレックス", ko="롤렉스", ru="Ролекс", ar="رولكس", th="โรเล็กซ์"),
    dict(latin="Apple AirPods Pro", core="AirPods", cls=["earbuds"], zh="苹果 AirPods Pro", ja="アップル AirPods Pro", ko="애플 에어팟 프로", ru="Apple AirPods Pro", ar="أبل AirPods Pro", th="แอปเปิล AirPods Pro"),
    dict(latin="Apple iPhone 15", core="iPhone", cls=["phone"], zh="苹果 iPhone 15", ja="アップル iPhone 15", ko="애플 아이폰 15", ru="Айфон 15", ar="آيفون 15", th="ไอโฟน 15"),
    dict(latin="Samsung Galaxy S24", core="Samsung", cls=["phone"], zh="三星 Galaxy S24", ja="サムスン Galaxy S24", ko="삼성 갤럭시 S24", ru="Самсунг Галакси S24", ar="سامسونج جالاكسي S24", th="ซัมซุง กาแลคซี่ S24"),
    dict(latin="Sony PlayStation 5", core="PlayStation", cls=["console"], zh="索尼 PlayStation 5", ja="プレイステーション5", ko="플레이스테이션 5", ru="Плейстейшн 5", ar="بلايستيشن 5", th="เพลย์สเตชัน 5"),
    dict(latin="LEGO", core="LEGO", cls=["toy"], zh="乐高", ja="レゴ", ko="레고", ru="Лего", ar="ليغو", th="เลโก้"),
    dict(latin="Pokémon Pikachu", core="Pokémon", cls=["plush"], zh="宝可梦 皮卡丘", ja="ポケモン ピカチュウ", ko="포켓몬 피카츄", ru="Покемон Пикачу", ar="بوكيمون بيكاتشو", th="โปเกมอน ปิกาจู"),
    dict(latin="Disney Mickey Mouse", core="Mickey", cls=["plush", "tshirt"], zh="迪士尼 米奇", ja="ディズニー ミッキーマウス", ko="디즈니 미키마우스", ru="Дисней Микки Маус", ar="ديزني ميكي ماوس", th="ดิสนีย์ มิกกี้เมาส์"),
    dict(latin="Hello Kitty", core="Kitty", cls=["plush", "bag"], zh="凯蒂猫", ja="ハローキティ", ko="헬로키티", ru="Хелло Китти", ar="هيلو كيتي", th="เฮลโลคิตตี้"),
]
ITEMS = {
    "en": {"shoes": "Running Shoes", "tshirt": "Logo T-Shirt", "bag": "Leather Shoulder Bag", "watch": "Automatic Watch",
           "earbuds": "Wireless Earbuds", "phone": "Smartphone 128GB", "console": "Console Digital Edition",
           "toy": "Building Set", "plush": "Plush Toy 25 cm", "perfume": "Eau de Parfum 100 ml"},
    "de": {"shoes": "Laufschuhe Herren", "tshirt": "T-Shirt mit Logo", "bag": "Umhängetasche aus Leder",
           "watch": "Automatikuhr", "earbuds": "Kabellose Ohrhörer", "phone": "Smartphone 128 GB",
           "console": "Konsole Digital Edition", "toy": "Bauset", "plush": "Plüschfigur 25 cm",
           "perfume": "Eau de Parfum 100 ml"},
    "fr": {"shoes": "Chaussures de running homme", "tshirt": "T-shirt logo", "bag": "Sac à bandoulière en cuir",
           "watch": "Montre automatique", "earbuds": "Écouteurs sans fil", "phone": "Smartphone 128 Go",
           "console": "Console édition numérique", "toy": "Jeu de construction", "plush": "Peluche 25 cm",
           "perfume": "Eau de parfum 100 ml"},
    "es": {"shoes": "Zapatillas de running hombre", "tshirt": "Camiseta con logo", "bag": "Bolso bandolera de piel",
           "watch": "Reloj automático", "earbuds": "Auriculares inalámbricos", "phone": "Smartphone 128 GB",
           "console": "Consola edición digital", "toy": "Set de construcción", "plush": "Peluche 25 cm",
           "perfume": "Eau de parfum 100 ml"},
    "it": {"shoes": "Scarpe da corsa uomo", "tshirt": "T-shirt con logo", "bag": "Borsa a tracolla in pelle",
           "watch": "Orologio automatico", "earbuds": "Auricolari wireless", "phone": "Smartphone 128 GB",
           "console": "Console edizione digitale", "toy": "Set di costruzioni", "plush": "Peluche 25 cm",
           "perfume": "Eau de parfum 100 ml"},
    "nl": {"shoes": "Hardloopschoenen heren", "tshirt": "T-shirt met logo", "bag": "Leren schoudertas",
           "watch": "Automatisch horloge", "earbuds": "Draadloze oordopjes", "phone": "Smartphone 128 GB",
           "console": "Console digitale editie", "toy": "Bouwset", "plush": "Knuffel 25 cm",
           "perfume": "Eau de parfum 100 ml"},
    "pl": {"shoes": "Buty do biegania męskie", "tshirt": "Koszulka z logo", "bag": "Skórzana torebka na ramię",
           "watch": "Zegarek automatyczny", "earbuds": "Słuchawki bezprzewodowe", "phone": "Smartfon 128 GB",
           "console": "Konsola wersja cyfrowa", "toy": "Zestaw klocków", "plush": "Maskotka pluszowa 25 cm",
           "perfume": "Woda perfumowana 100 ml"},
    "sv": {"shoes": "Löparskor herr", "tshirt": "T-shirt med logga", "bag": "Axelväska i läder",
           "watch": "Automatisk klocka", "earbuds": "Trådlösa hörlurar", "phone": "Smartphone 128 GB",
           "console": "Konsol digital utgåva", "toy": "Byggsats", "plush": "Mjukisdjur 25 cm",
           "perfume": "Eau de parfum 100 ml"},
    "pt": {"shoes": "Tênis de corrida masculino", "tshirt": "Camiseta com logo", "bag": "Bolsa transversal de couro",
           "watch": "Relógio automático", "earbuds": "Fones de ouvido sem fio", "phone": "Smartphone 128 GB",
           "console": "Console edição digital", "toy": "Kit de blocos de montar", "plush": "Pelúcia 25 cm",
           "perfume": "Eau de parfum 100 ml"},
    "ja": {"shoes": "ランニングシューズ メンズ", "tshirt": "ロゴTシャツ", "bag": "レザー ショルダーバッグ", "watch": "自動巻き 腕時計",
           "earbuds": "ワイヤレスイヤホン", "phone": "スマートフォン 128GB", "console": "ゲーム機 デジタル・エディション",
           "toy": "ブロック セット", "plush": "ぬいぐるみ 25cm", "perfume": "オードパルファム 100ml"},
    "zh": {"shoes": "男款跑步鞋", "tshirt": "logo短袖T恤", "bag": "真皮单肩包", "watch": "自动机械手表", "earbuds": "无线蓝牙耳机",
           "phone": "智能手机 128GB", "console": "游戏主机 数字版", "toy": "积木拼装套装", "plush": "毛绒公仔 25cm",
           "perfume": "香水 100ml"},
    "ko": {"shoes": "남성 러닝화", "tshirt": "로고 반팔 티셔츠", "bag": "가죽 숄더백", "watch": "오토매틱 시계", "earbuds": "무선 이어폰",
           "phone": "스마트폰 128GB", "console": "게임기 디지털 에디션", "toy": "블록 세트", "plush": "인형 25cm",
           "perfume": "오 드 퍼퓸 100ml"},
    "ru": {"shoes": "Кроссовки для бега мужские", "tshirt": "Футболка с логотипом", "bag": "Кожаная сумка через плечо",
           "watch": "Механические часы", "earbuds": "Беспроводные наушники", "phone": "Смартфон 128 ГБ",
           "console": "Игровая консоль, цифровая версия", "toy": "Конструктор", "plush": "Мягкая игрушка 25 см",
           "perfume": "Парфюмерная вода 100 мл"},
    "ar": {"shoes": "حذاء جري رجالي", "tshirt": "تيشيرت بشعار", "bag": "حقيبة كتف جلدية", "watch": "ساعة أوتوماتيكية",
           "earbuds": "سماعات أذن لاسلكية", "phone": "هاتف ذكي 128 جيجابايت", "console": "جهاز ألعاب الإصدار الرقمي",
           "toy": "مجموعة مكعبات بناء", "plush": "دمية قطيفة 25 سم", "perfume": "عطر أو دو بارفان 100 مل"},
    "th": {"shoes": "รองเท้าวิ่งผู้ชาย", "tshirt": "เสื้อยืดพิมพ์โลโก้", "bag": "กระเป๋าสะพายไหล่หนังแท้", "watch": "นาฬิกาออโตเมติก",
           "earbuds": "หูฟังไร้สาย", "phone": "สมาร์ทโฟน 128GB", "console": "เครื่องเล่นเกม รุ่นดิจิทัล", "toy": "ชุดตัวต่อ",
           "plush": "ตุ๊กตา 25 ซม.", "perfume": "น้ำหอม 100 มล."},
}
CLS_CAT = {"shoes": "apparel/shoes", "tshirt": "apparel/t-shirts", "bag": "fashion/handbags", "watch": "fashion/watches",
           "earbuds": "electronics/headphones", "phone": "electronics/phones", "console": "electronics/gaming",
           "toy": "toys/building", "plush": "toys/plush", "perfume": "beauty/fragrance"}
FILLER = {
    "en": ["Fast dispatch, carefully packed.", "See the size chart in the images.", "Ships in the original box."],
    "de": ["Schneller Versand, sorgfältig verpackt.", "Größentabelle siehe Bilder."],
    "fr": ["Expédition rapide, emballage soigné.", "Voir le guide des tailles en photo."],
    "es": ["Envío rápido, bien embalado.", "Consulta la guía de tallas en las fotos."],
    "it": ["Spedizione veloce, imballo accurato.", "Vedi la tabella taglie nelle foto."],
    "nl": ["Snelle verzending, zorgvuldig verpakt."],
    "pl": ["Szybka wysyłka, starannie zapakowane."],
    "sv": ["Snabb leverans, väl förpackad."],
    "pt": ["Envio rápido, bem embalado.", "Veja a tabela de medidas nas fotos."],
    "ja": ["迅速発送、丁寧に梱包します。", "サイズ表は画像をご確認ください。"],
    "zh": ["当天发货，包装严实。", "尺码请参考详情图。"],
    "ko": ["당일 발송, 꼼꼼하게 포장합니다.", "사이즈표는 상세 이미지를 참고해 주세요."],
    "ru": ["Быстрая отправка, надёжная упаковка.", "Таблица размеров на фото."],
    "ar": ["شحن سريع وتغليف محكم.", "جدول المقاسات في الصور."],
    "th": ["จัดส่งไว แพ็คอย่างดี", "ดูตารางไซซ์ในรูปภาพ"],
}
GENUINE = {"en": "Original {b}, sealed in the box.", "de": "Original {b}, originalverpackt.",
           "fr": "{b} d'origine, dans sa boîte.", "es": "{b} original, en su caja.", "it": "{b} originale, in scatola.",
           "nl": "Originele {b}, in doos.", "pl": "Oryginalny {b}, w pudełku.", "sv": "Original {b}, i kartong.",
           "pt": "{b} original, na caixa.", "ja": "{b} 正規品 箱付き", "zh": "{b} 正品 带原包装", "ko": "{b} 정품 박스 포함",
           "ru": "Оригинал {b}, в коробке.", "ar": "{b} أصلي في العلبة", "th": "{b} ของแท้ พร้อมกล่อง"}
NONLATIN = {"zh", "ja", "ko", "ru", "ar", "th"}
CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "A": "А", "E": "Е", "O": "О",
       "C": "С", "K": "К", "M": "М", "H": "Н", "T": "Т", "P": "Р", "B": "В"}
LEET = {"o": "0", "O": "0", "i": "1", "I": "1", "e": "3", "E": "3", "a": "@", "s": "$", "l": "1"}


def disguise(name):
    """Return (disguised, how) for a latin brand name."""
    words = name.split()
    k = R.randrange(7)
    w0 = words[0]
    if k == 0:
        d, how = ".".join(w0), "dots between letters"
    elif k == 1:
        idx = [i for i, c in enumerate(w0) if c in LEET]
        i = pick(idx) if idx else 0
        d, how = w0[:i] + LEET.get(w0[i], w0[i]) + w0[i + 1:], "leetspeak digit/symbol"
    elif k == 2:
        idx = [i for i, c in enumerate(w0) if c in CYR]
        i = pick(idx) if idx else 0
        d, how = w0[:i] + CYR.get(w0[i], w0[i]) + w0[i + 1:], "Cyrillic look-alike letter"
    elif k == 3:
        i = max(1, len(w0) // 2)
        d, how = w0[:i] + "\u200b" + w0[i:], "zero-width space inside the name"
    elif k == 4:
        d, how = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w0), "full-width letters"
    elif k == 5:
        d, how = " ".join(w0.upper()), "letters separated by spaces"
    else:
        i = max(1, len(w0) // 2)
        d, how = w0[:i] + "\u00ad" + w0[i:], "soft hyphen inside the name"
    return " ".join([d] + words[1:]), how


def tm_listing(lang, b, brand_text, cls):
    item = ITEMS[lang][cls]
    t = pick([f"{brand_text} {item}", f"{item} {brand_text}"])
    d = pick(FILLER[lang])
    return t, d


def g_tm_title(lang, local):
    def g():
        b = pick(BRANDS)
        cls = pick(b["cls"])
        name = b[lang] if local else b["latin"]
        t, d = tm_listing(lang, b, name, cls)
        f = dict(title=t, description=d, category=CLS_CAT[cls], bullets=None, search_terms=None)
        if R.random() < 0.3:
            f["search_terms"] = kw(lang, t)
        script = "local-script" if local else "Latin"
        return add("tm", lang, market_for(lang), f, ["trademark"], f"{script} brand '{name}' in title")
    return g


def g_tm_where(lang):
    def g():
        b = pick(BRANDS)
        cls = pick(b["cls"])
        name = b[lang] if lang in NONLATIN and R.random() < 0.6 else b["latin"]
        item = ITEMS[lang][cls]
        where = pick(["description", "bullets", "search_terms", "html"])
        sig = GENUINE[lang].format(b=name)
        f = dict(title=item, bullets=[pick(FILLER[lang])], description=pick(FILLER[lang]), category=CLS_CAT[cls],
                 search_terms=None)
        if where == "description":
            f["description"] = sentence_join(lang, f["description"], sig)
        elif where == "bullets":
            f["bullets"].append(sig)
        elif where == "html":
            f["description"] = html_desc(f["description"], [sig] + f["bullets"])
            f["bullets"] = None
        else:
            f["search_terms"] = f"{item.lower()} {name.lower()} {pick(BRANDS)['latin'].lower()}"
            sig = name
        return add("tm", lang, market_for(lang), f, ["trademark"], f"brand '{name}' only in {where}")
    return g


def g_tm_disguised(lang):
    def g():
        b = pick(BRANDS)
        cls = pick(b["cls"])
        d, how = disguise(b["latin"])
        t, desc = tm_listing(lang, b, d, cls)
        f = dict(title=t, description=desc, category=CLS_CAT[cls], bullets=None, search_terms=None)
        # An invisible character in the text is a finding of its own (quality/hidden-characters).
        expect = ["trademark", "quality"] if "zero-width" in how or "soft hyphen" in how else ["trademark"]
        return add("tm", lang, market_for(lang), f, expect, f"disguised brand '{b['latin']}' in title: {how}")
    return g


# --- trademark negatives -------------------------------------------------------------------

NOMINATIVE = {
    "en": [("electronics/phone-cases", "Clear Case Compatible with iPhone 15 Pro, Shockproof", "Fits iPhone 15 Pro only. Not made or endorsed by Apple."),
           ("electronics/chargers", "45W USB-C Charger for Samsung Galaxy S24 / S23", "Fast charging for Galaxy phones and other USB-C devices."),
           ("electronics/gaming", "Charging Stand for PlayStation 5 DualSense Controllers", "Charges two controllers at once. Third-party accessory."),
           ("electronics/headphones", "Replacement Silicone Ear Tips for AirPods Pro, 3 Sizes", "Compatible with AirPods Pro 1st and 2nd generation."),
           ("electronics/camera", "Lens Hood Compatible with Nikon Z 24-70mm f/4", "Bayonet mount, reversible for storage.")],
    "de": [("electronics/phone-cases", "Hülle kompatibel mit iPhone 15, stoßfest", "Passend für iPhone 15. Kein Originalzubehör von Apple."),
           ("electronics/chargers", "Ladegerät 25 W für Samsung Galaxy S24", "Schnellladen für Galaxy-Smartphones."),
           ("electronics/gaming", "Ladestation für PS5 Controller (PlayStation 5)", "Lädt zwei Controller gleichzeitig.")],
    "fr": [("electronics/phone-cases", "Coque compatible iPhone 15, antichoc", "Conçue pour l'iPhone 15. Accessoire non officiel."),
           ("electronics/chargers", "Chargeur 25 W pour Samsung Galaxy S24", "Charge rapide pour smartphones Galaxy.")],
    "es": [("electronics/phone-cases", "Funda compatible con iPhone 15, antigolpes", "Diseñada para iPhone 15. Accesorio no oficial."),
           ("electronics/chargers", "Cargador 25 W para Samsung Galaxy S24", "Carga rápida para móviles Galaxy.")],
    "it": [("electronics/phone-cases", "Cover compatibile con iPhone 15, antiurto", "Progettata per iPhone 15. Accessorio non originale."),
           ("electronics/gaming", "Stazione di ricarica per controller PS5 (PlayStation 5)", "Ricarica due controller insieme.")],
    "nl": [("electronics/phone-cases", "Hoesje geschikt voor iPhone 15, schokbestendig", "Past op iPhone 15. Geen origineel Apple-product.")],
    "pl": [("electronics/phone-cases", "Etui do iPhone 15, wstrząsoodporne", "Pasuje do iPhone 15. Akcesorium nieoryginalne.")],
    "sv": [("electronics/phone-cases", "Skal kompatibelt med iPhone 15, stöttåligt", "Passar iPhone 15. Inte ett Apple-originaltillbehör.")],
    "pt": [("electronics/phone-cases", "Capinha compatível com iPhone 15, anti-impacto", "Feita para iPhone 15. Acessório não oficial."),
           ("electronics/chargers", "Carregador 25 W para Samsung Galaxy S24", "Carregamento rápido para celulares Galaxy.")],
    "ja": [("electronics/phone-cases", "iPhone 15 対応 ケース 耐衝撃 クリア", "iPhone 15専用設計。Apple純正品ではありません。"),
           ("electronics/gaming", "PS5 コントローラー 充電スタンド（PlayStation 5対応）", "2台同時充電が可能です。")],
    "zh": [("electronics/phone-cases", "适用于iPhone 15手机壳 防摔透明", "专为iPhone 15设计，非苹果官方配件。"),
           ("electronics/chargers", "适用三星Galaxy S24 25W快充充电器", "支持Galaxy系列手机快充。")],
    "ko": [("electronics/phone-cases", "아이폰 15 호환 케이스 투명 범퍼", "아이폰 15 전용 설계, 애플 정품 액세서리가 아닙니다."),
           ("electronics/chargers", "갤럭시 S24 호환 25W 고속 충전기", "갤럭시 시리즈 고속 충전 지원.")],
    "ru": [("electronics/phone-cases", "Чехол для iPhone 15, противоударный", "Подходит для iPhone 15. Неоригинальный аксессуар."),
           ("electronics/chargers", "Зарядное устройство 25 Вт для Samsung Galaxy S24", "Быстрая зарядка для смартфонов Galaxy.")],
    "ar": [("electronics/phone-cases", "جراب متوافق مع آيفون 15 مقاوم للصدمات", "مصمم لهاتف آيفون 15، ليس منتجاً أصلياً من أبل.")],
    "th": [("electronics/phone-cases", "เคสสำหรับ iPhone 15 กันกระแทก", "ออกแบบสำหรับ iPhone 15 ไม่ใช่อุปกรณ์แท้จาก Apple")],
}
WORDMARK_NEG = {  # ordinary words that are also marks, or words containing mark names
    "en": [("grocery/bakery", "Homemade Apple Pie, 9 inch", "Buttery crust filled with Bramley apples and cinnamon.", "'apple' as fruit"),
           ("apparel/shirts", "Men's Piqué Polo Shirt, Short Sleeve", "Classic polo shirt with a two-button placket.", "'polo' as garment type"),
           ("health/supplements", "Omega-3 Fish Oil 1000 mg, 90 Softgels", "EPA and DHA from anchovy oil.", "'Omega' in Omega-3"),
           ("electronics/batteries", "AAA Alkaline Batteries, 24 Pack", "1.5 V alkaline cells for remotes and clocks.", "AAA battery size"),
           ("books", "Career Coach Workbook: 12 Weeks to a New Job", "A practical guide written by a certified career coach.", "'coach' as trainer"),
           ("home/lighting", "Galaxy Star Projector Night Light", "Projects a slowly rotating galaxy and nebula onto the ceiling.", "'galaxy' as astronomy word"),
           ("pets/cats", "Kitty Litter Scoop with Holder", "Deep scoop for clumping kitty litter.", "'kitty' as common word"),
           ("electronics/audio", "2-Channel Stereo Amplifier, 50 W x 2", "Class D amplifier with Bluetooth input.", "'channel' near 'Chanel'"),
           ("home/decor", "Puma Figurine, Hand-Carved Wood", "A crouching puma carved from mango wood.", "'puma' as animal"),
           ("home/paint", "Interior Wall Paint, Dove Grey, 2.5 L", "Matt finish, low odour.", "'dove' as colour name"),
           ("grocery/fruit", "Fresh Pineapple, Extra Large", "Sweet golden pineapple, hand-selected.", "'apple' inside 'pineapple'"),
           ("home/kitchen", "Apple Corer and Slicer, Stainless Steel", "Cores and cuts an apple into 8 slices.", "'apple' as fruit"),
           ("home/kitchen", "Unike Living Hand-Thrown Stoneware Mug 350 ml", "Brand: Unike Living (Norwegian 'unike' = unique).", "'unike' contains 'nike'"),
           ("home/decor", "Winged Victory of Samothrace Statue, Greek Goddess Nike, Resin 30 cm", "Museum-shop style statue of the goddess of victory.", "Nike the Greek goddess, not the sportswear mark (hard)"),
           ("electronics/camera", "Lens Cap 58 mm for Nikon, Canon and Sony lenses", "Centre-pinch snap-on cap.", "'Nikon' contains 'Nik' (nominative)"),
           ("education/science", "Mini Tesla Coil Science Kit", "Demonstrates wireless energy transfer; adult supervision.", "'Tesla coil' is a physics term")],
    "de": [("apparel/shirts", "Poloshirt Herren aus Piqué", "Klassisches Polo mit Knopfleiste.", "'Polo' as garment type"),
           ("health/supplements", "Omega-3 Fischöl Kapseln, 120 Stück", "Mit EPA und DHA aus Sardellenöl.", "'Omega' in Omega-3"),
           ("electronics/batteries", "AAA Micro Batterien Alkaline, 24 Stück", "1,5 V für Fernbedienungen.", "AAA battery size"),
           ("home/lighting", "Galaxy Sternenhimmel Projektor mit Fernbedienung", "Projiziert Galaxie und Nebel an die Decke.", "'Galaxy' as astronomy word"),
           ("art/prints", "Kunstdruck „Allegorie des Frühlings“, 50 x 70 cm", "Giclée-Druck auf mattem Papier.", "'Allegorie' contains 'lego'"),
           ("books", "Fitness-Coach: Trainingsplan für 12 Wochen", "Übungen für zu Hause, ohne Geräte.", "'Coach' as trainer")],
    "fr": [("apparel/shirts", "Polo homme en piqué de coton", "Polo classique à patte de boutonnage.", "'polo' as garment type"),
           ("health/supplements", "Oméga-3 huile de poisson, 120 capsules", "EPA et DHA issus d'huile d'anchois.", "'Oméga' in Oméga-3"),
           ("electronics/batteries", "Piles AAA alcalines, lot de 24", "1,5 V pour télécommandes.", "AAA battery size"),
           ("grocery/bakery", "Tarte aux pommes maison, 6 parts", "Pâte brisée et pommes caramélisées.", "apples as fruit"),
           ("art/prints", "Affiche « Allégorie de l'été », 50 x 70 cm", "Impression sur papier mat.", "'Allégorie' contains 'lego' after accent folding")],
    "es": [("apparel/shirts", "Polo de hombre de piqué", "Polo clásico de manga corta.", "'polo' as garment type"),
           ("health/supplements", "Omega 3 aceite de pescado, 120 perlas", "EPA y DHA de aceite de anchoa.", "'Omega' in Omega 3"),
           ("electronics/batteries", "Pilas AAA alcalinas, pack de 24", "1,5 V para mandos a distancia.", "AAA battery size"),
           ("home/lighting", "Proyector galaxia con altavoz", "Proyecta estrellas y nebulosas en el techo.", "'galaxia' as astronomy word")],
    "it": [("apparel/shirts", "Polo uomo in piqué di cotone", "Polo classica a maniche corte.", "'polo' as garment type"),
           ("health/supplements", "Omega 3 olio di pesce, 120 perle", "EPA e DHA da olio di acciughe.", "'Omega' in Omega 3"),
           ("art/prints", "Stampa 'Allegoria della Primavera', 50 x 70 cm", "Stampa fine art su carta opaca.", "'Allegoria' contains 'lego'"),
           ("electronics/batteries", "Batterie ministilo AAA alcaline, 24 pezzi", "1,5 V per telecomandi.", "AAA battery size")],
    "nl": [("apparel/shirts", "Poloshirt heren piqué", "Klassieke polo met knoopsluiting.", "'polo' as garment type"),
           ("health/supplements", "Omega-3 visolie, 120 capsules", "EPA en DHA uit ansjovisolie.", "'Omega' in Omega-3")],
    "pl": [("apparel/shirts", "Koszulka polo męska z piki", "Klasyczne polo z krótkim rękawem.", "'polo' as garment type"),
           ("gifts/sets", "Zestaw prezentowy dla kolegów z pracy", "Kubek, notes i długopis w pudełku.", "'kolegów' contains 'lego' after accent folding"),
           ("health/supplements", "Omega-3 tran, 120 kapsułek", "Olej z wątroby dorsza.", "'Omega' in Omega-3")],
    "sv": [("apparel/shirts", "Pikétröja herr, polo", "Klassisk piké med knappslå.", "'polo' as garment type"),
           ("home/furniture", "Pall i ek, legotillverkad i Småland", "Tillverkad genom legotillverkning hos en lokal snickare.", "'legotillverkad' contains 'lego'")],
    "pt": [("apparel/shirts", "Camisa polo masculina piquet", "Polo clássica de manga curta.", "'polo' as garment type"),
           ("grocery/bakery", "Torta de maçã caseira", "Massa amanteigada com maçãs e canela.", "apple as fruit"),
           ("health/supplements", "Ômega 3 óleo de peixe, 120 cápsulas", "EPA e DHA.", "'Ômega' in Ômega 3")],
    "ja": [("apparel/dresses", "ワンピース レディース 花柄 夏 ロング丈", "さらっとした生地のフレアワンピースです。", "'ワンピース' = dress (also One Piece title)"),
           ("grocery/sweets", "アップルパイ 冷凍 6号サイズ", "りんごたっぷりの手作りアップルパイ。", "'アップル' = apple (fruit)"),
           ("apparel/shirts", "ポロシャツ メンズ 鹿の子", "定番の半袖ポロシャツです。", "'ポロ' as garment type"),
           ("health/supplements", "オメガ3 フィッシュオイル 90粒", "EPA・DHAを配合した栄養補助食品です。", "'オメガ' in Omega-3"),
           ("books", "コーチング入門 部下の力を引き出す技術", "ビジネスコーチングの基本を解説。", "'コーチ' as coaching")],
    "zh": [("souvenirs/museum", "三星堆博物馆文创 青铜面具冰箱贴", "以三星堆青铜面具为原型设计的冰箱贴。", "'三星堆' contains 三星 (Samsung)"),
           ("grocery/grains", "东北黄小米 5斤装 新米", "颗粒饱满，熬粥香浓。", "'小米' = millet (also Xiaomi)"),
           ("grocery/fruit", "新鲜红富士苹果 5斤 脆甜", "产地直发，个大汁多。", "'苹果' = apple fruit (also Apple)"),
           ("apparel/shirts", "男士POLO衫 短袖 翻领", "经典翻领款式，透气面料。", "'POLO衫' as garment type"),
           ("health/supplements", "深海鱼油 欧米伽3 软胶囊 100粒", "富含EPA和DHA。本品不能代替药物。", "'欧米伽' = Omega")],
    "ko": [("grocery/fruit", "제주 애플망고 2kg 선물세트", "달콤한 제주산 애플망고입니다.", "'애플망고' contains 애플 (Apple)"),
           ("grocery/fruit", "사과 부사 5kg 가정용", "아삭하고 달콤한 부사 사과.", "apple as fruit"),
           ("apparel/shirts", "남성 피케 폴로 셔츠 반팔", "클래식한 카라 폴로 셔츠입니다.", "'폴로' as garment type"),
           ("home/lighting", "은하수 갤럭시 무드등 별빛 프로젝터", "천장에 은하수와 별빛을 비춰 줍니다.", "'갤럭시' as astronomy word (also Galaxy)")],
    "ru": [("apparel/shirts", "Рубашка поло мужская, пике", "Классическое поло с коротким рукавом.", "'поло' as garment type"),
           ("health/supplements", "Омега-3 рыбий жир, 120 капсул", "ЭПК и ДГК.", "'Омега' in Omega-3"),
           ("home/lighting", "Проектор звёздного неба «Галактика»", "Проецирует звёзды и туманности на потолок.", "'Галактика' as astronomy word"),
           ("home/bathroom", "Смеситель для раковины, никелированный", "Латунь с никелевым покрытием.", "'никель' near 'Найк'")],
    "ar": [("grocery/fruit", "تفاح أحمر طازج 2 كجم", "تفاح مقرمش وحلو.", "apple as fruit"),
           ("apparel/shirts", "قميص بولو رجالي قطن", "بولو كلاسيكي بأكمام قصيرة.", "'بولو' as garment type"),
           ("health/supplements", "أوميغا 3 زيت السمك 120 كبسولة", "غني بـ EPA و DHA.", "'أوميغا' in Omega-3")],
    "th": [("grocery/drinks", "น้ำแอปเปิ้ล 100% 1 ลิตร", "น้ำแอปเปิ้ลคั้นไม่เติมน้ำตาล", "'แอปเปิ้ล' = apple fruit (also Apple)"),
           ("apparel/shirts", "เสื้อโปโลผู้ชาย ผ้าจูติ", "เสื้อโปโลคลาสสิก แขนสั้น", "'โปโล' as garment type"),
           ("health/supplements", "น้ำมันปลา โอเมก้า 3 100 แคปซูล", "มี EPA และ DHA", "'โอเมก้า' in Omega-3")],
}
NOBRAND = {"en": "No logo, own brand.", "de": "Ohne Logo, Eigenmarke.", "fr": "Sans logo, marque propre.",
           "es": "Sin logo, marca propia.", "it": "Senza logo, marchio proprio.", "nl": "Zonder logo, eigen merk.",
           "pl": "Bez logo, marka własna.", "sv": "Utan logga, eget märke.", "pt": "Sem logo, marca própria.",
           "ja": "ロゴなし、自社ブランド品です。", "zh": "无logo，自有品牌。", "ko": "로고 없음, 자체 브랜드.",
           "ru": "Без логотипа, собственный бренд.", "ar": "بدون شعار، علامة خاصة.", "th": "ไม่มีโลโก้ แบรนด์ของร้านเอง"}


def g_tm_nominative(lang):
    def g():
        cat, t, d = pick(NOMINATIVE[lang])
        f = place(lang, (cat, t, [FILLER[lang][0]], d), None, None)
        return add("tm", lang, market_for(lang), f, ["trademark"], "nominative use: accessory compatible with a branded product (review, not block)")
    return g


def g_tm_wordmark(lang):
    def g():
        cat, t, d, why = pick(WORDMARK_NEG[lang])
        f = place(lang, (cat, t, [FILLER[lang][0]], d), None, None)
        return add("tm", lang, market_for(lang), f, [], f"ordinary word / substring, not a mark: {why}")
    return g


def g_tm_nobrand(lang):
    def g():
        cls = pick(["shoes", "tshirt", "bag", "watch", "earbuds", "toy", "plush", "perfume"])
        item = ITEMS[lang][cls]
        f = place(lang, (CLS_CAT[cls], item, [pick(FILLER[lang])], NOBRAND[lang]), None, None)
        return add("tm", lang, market_for(lang), f, [], "unbranded item of a category where famous marks are common")
    return g


def build_trademark():
    pos = []
    for lang in LANGS:
        pos += [g_tm_title(lang, False), g_tm_where(lang), g_tm_disguised(lang)]
        if lang in NONLATIN:
            pos += [g_tm_title(lang, True), g_tm_title(lang, True)]
    R.shuffle(pos)
    fill("tm", pos, 128, True)
    neg = []
    for lang in LANGS:
        neg += [g_tm_nominative(lang), g_tm_wordmark(lang), g_tm_wordmark(lang), g_tm_nobrand(lang)]
    R.shuffle(neg)
    fill("tm", neg, 126, False)


# ---------------------------------------------------------------------------------------------
# COUNTERFEIT
# ---------------------------------------------------------------------------------------------

CF_TERMS = {
    "en": ["Replica", "1:1 Replica", "AAA Grade", "Mirror Quality", "Super Copy", "Knockoff", "Dupe"],
    "de": ["Replika", "Nachbildung", "1:1 Kopie", "AAA-Qualität", "Fälschung in Top-Qualität"],
    "fr": ["réplique", "copie 1:1", "qualité miroir", "contrefaçon de qualité", "dupe"],
    "es": ["réplica", "copia 1:1", "calidad espejo", "réplica AAA", "imitación"],
    "it": ["replica", "copia 1:1", "falso d'autore", "imitazione AAA"],
    "nl": ["replica", "namaak", "1:1 kopie"],
    "pl": ["replika", "podróbka", "kopia 1:1"],
    "sv": ["kopia", "replika", "piratkopia"],
    "pt": ["réplica", "réplica primeira linha", "cópia 1:1", "réplica AAA"],
    "ja": ["スーパーコピー", "コピー品", "N級品", "レプリカ", "偽物"],
    "zh": ["高仿", "复刻", "原单", "A货", "1:1", "精仿", "超A"],
    "ko": ["짝퉁", "미러급", "레플리카", "A급 복제", "이미테이션"],
    "ru": ["копия", "реплика", "подделка люкс", "копия 1:1"],
    "ar": ["تقليد", "طبق الأصل", "كوبي ماستر", "هاي كوبي"],
    "th": ["งานก๊อป", "เกรดมิเรอร์", "ก๊อปเกรด A", "เลียนแบบ"],
}
CF_SENT = {  # description sentences; {t}=term {b}=brand or generic
    "en": ["Top quality {t}, looks identical to the original {b}.", "{t} of the {b} classic – nobody will notice."],
    "de": ["{t} der {b}, kaum vom Original zu unterscheiden.", "Hochwertige {t} – wie das Original von {b}."],
    "fr": ["Une {t} de {b}, identique à l'original.", "{t} {b}, impossible de voir la différence."],
    "es": ["{t} de {b}, idéntica a la original.", "{t} {b}, nadie notará la diferencia."],
    "it": ["{t} {b}, identica all'originale.", "Ottima {t} di {b}."],
    "nl": ["{t} van {b}, niet van echt te onderscheiden."],
    "pl": ["{t} {b}, nie do odróżnienia od oryginału."],
    "sv": ["{t} av {b}, går inte att skilja från originalet."],
    "pt": ["{t} {b}, igual à original.", "{t} de {b}, ninguém percebe a diferença."],
    "ja": ["{b}の{t}です。本物と見分けがつきません。", "{b} {t} 高品質"],
    "zh": ["{b}{t}，和正品一模一样。", "{t}{b}，专柜品质，细节到位。"],
    "ko": ["{b} {t} 정품과 구별 불가.", "{b} {t} 고퀄리티"],
    "ru": ["{t} {b}, не отличить от оригинала.", "Качественная {t} {b}."],
    "ar": ["{b} {t} مطابق للأصلي.", "{t} {b} جودة عالية."],
    "th": ["{b} {t} เหมือนแท้ทุกจุด", "{t} {b} งานเนียน"],
}
GENERIC_LUX = {"en": "designer", "de": "Designer", "fr": "de créateur", "es": "de diseñador", "it": "di marca",
               "nl": "designer", "pl": "markowy", "sv": "designer", "pt": "de grife", "ja": "ブランド",
               "zh": "大牌", "ko": "명품", "ru": "брендовый", "ar": "ماركة فاخرة", "th": "แบรนด์เนม"}
INSPIRED = {"en": "Inspired by {b}", "de": "Inspiriert von {b}", "fr": "Inspiré de {b}", "es": "Inspirado en {b}",
            "it": "Ispirato a {b}", "nl": "Geïnspireerd op {b}", "pl": "Inspirowane {b}", "sv": "Inspirerad av {b}",
            "pt": "Inspirado em {b}", "ja": "{b}インスパイア", "zh": "{b}同款灵感", "ko": "{b} 인스파이어드",
            "ru": "По мотивам {b}", "ar": "مستوحى من {b}", "th": "แรงบันดาลใจจาก {b}"}
LUX = [b for b in BRANDS if b["latin"] in ("Nike", "Adidas", "Gucci", "Louis Vuitton", "Chanel", "Rolex",
                                            "Apple AirPods Pro")]


def g_cf_brand(lang):
    def g():
        b = pick(LUX)
        cls = pick(b["cls"])
        name = b[lang] if lang in NONLATIN and R.random() < 0.6 else b["latin"]
        t = pick(CF_TERMS[lang])
        item = ITEMS[lang][cls]
        where = pick(["title", "title", "description", "html"])
        if where == "title":
            f = dict(title=f"{name} {item} {t}", description=pick(FILLER[lang]), bullets=None)
        else:
            s = pick(CF_SENT[lang]).format(t=t, b=name)
            d = sentence_join(lang, pick(FILLER[lang]), s)
            f = dict(title=f"{name} {item}", description=d if where == "description" else html_desc(d, [pick(FILLER[lang])]),
                     bullets=None)
        f["category"] = CLS_CAT[cls]
        return add("cf", lang, market_for(lang), f, ["counterfeit", "trademark"],
                   f"counterfeit term '{t}' with brand '{name}' in {where}")
    return g


def g_cf_generic(lang):
    def g():
        cls = pick(["bag", "watch", "shoes", "perfume"])
        t = pick(CF_TERMS[lang])
        item = ITEMS[lang][cls]
        gl = GENERIC_LUX[lang]
        title = f"{item} {gl} {t}" if lang not in CJK else f"{gl}{item} {t}"
        s = pick(CF_SENT[lang]).format(t=t, b=gl)
        where = pick(["title", "description"])
        if where == "title":
            f = dict(title=title, description=pick(FILLER[lang]), bullets=None)
        else:
            f = dict(title=item, description=sentence_join(lang, pick(FILLER[lang]), s), bullets=None)
        f["category"] = CLS_CAT[cls]
        return add("cf", lang, market_for(lang), f, ["counterfeit"],
                   f"counterfeit term '{t}' without a brand name in {where}")
    return g


def g_cf_inspired(lang):
    def g():
        b = pick(LUX)
        cls = pick(b["cls"])
        name = b["latin"] if lang not in NONLATIN or R.random() < 0.5 else b[lang]
        sig = INSPIRED[lang].format(b=name)
        item = ITEMS[lang][cls]
        where = pick(["title", "bullets", "description"])
        f = dict(title=item, bullets=[pick(FILLER[lang])], description=pick(FILLER[lang]), category=CLS_CAT[cls])
        if where == "title":
            f["title"] = f"{item} – {sig}" if lang not in CJK else f"{item} {sig}"
        elif where == "bullets":
            f["bullets"].append(sig)
        else:
            f["description"] = sentence_join(lang, f["description"], sig)
        return add("cf", lang, market_for(lang), f, ["counterfeit", "trademark"], f"'{sig}' (lookalike of a brand) in {where}")
    return g


CF_NEG = {
    "en": [("toys/models", "1:18 Scale Diecast Vintage Roadster Model", "Opening doors and bonnet, display base included.", "scale ratio, not 1:1 copy"),
           ("education/anatomy", "1:1 Scale Human Skull Anatomical Model, 3 Parts", "Life-size teaching model with removable skull cap.", "'1:1 scale' = life-size model"),
           ("office/paper", "A4 Copy Paper 80 gsm, 5 x 500 Sheets", "Bright white multipurpose paper for printers and copiers.", "'copy paper'"),
           ("home/wall-art", "Canvas Wall Art – Inspired by Nature, 60 x 90 cm", "Leaf and fern motif in soft greens.", "'inspired by nature'"),
           ("stationery/notebooks", "Faux Leather Notebook Cover A5", "Vegan faux leather with pen loop.", "'faux leather'"),
           ("home/plants", "Artificial Olive Tree, Fake Plant 120 cm", "Realistic fake plant in a black pot, no watering needed.", "'fake plant'"),
           ("home/bathroom", "LED Bathroom Mirror 60 x 80 cm, Anti-Fog", "Touch switch, IP44.", "'mirror' as product"),
           ("home/kitchen", "Mirror-Finish Stainless Steel Serving Tray", "Polished to a mirror finish.", "'mirror finish'"),
           ("jewelry/necklaces", "Imitation Pearl Necklace, Glass Pearls 8 mm", "Costume jewellery with glass pearls.", "'imitation pearl' = costume jewellery material"),
           ("home/decor", "Viking Sword Replica, Decorative, Unsharpened", "Decorative wall piece modelled on a 10th-century sword.", "replica of a historical artefact, no brand"),
           ("electronics/batteries", "AAA Rechargeable Batteries 1100 mAh, 8 Pack", "Low self-discharge NiMH cells.", "'AAA' battery size"),
           ("apparel/dresses", "Vintage-Inspired Tea Dress, 1950s Style", "Floral print with a full skirt.", "'vintage-inspired'"),
           ("home/furniture", "Side Table Inspired by Scandinavian Design", "Solid oak legs, white top.", "'inspired by' a style, not a brand"),
           ("art/prints", "Limited Edition Art Print, Signed and Numbered", "Edition of 100, giclée on cotton rag.", "'limited edition'")],
    "de": [("office/paper", "Kopierpapier A4 80 g/m², 2500 Blatt", "Für Drucker und Kopierer.", "'Kopierpapier'"),
           ("home/plants", "Kunstpflanze Olivenbaum 120 cm", "Täuschend echt, ohne Pflege.", "artificial plant"),
           ("stationery/notebooks", "Notizbuch A5 mit Kunstledereinband", "Kunstleder, 192 Seiten.", "'Kunstleder'"),
           ("education/models", "Nachbildung eines T-Rex-Schädels, Museumsabguss 1:10", "Detailgetreues Modell aus Kunstharz.", "'Nachbildung' of a fossil, no brand"),
           ("home/bathroom", "Badspiegel mit LED-Beleuchtung 60 x 80 cm", "Beschlagfrei, IP44.", "'Spiegel'"),
           ("toys/models", "Modellauto Oldtimer, Maßstab 1:18", "Türen zum Öffnen.", "scale ratio"),
           ("home/wall-art", "Wandbild – inspiriert von der Natur", "Blättermotiv auf Leinwand.", "'inspiriert von der Natur'")],
    "fr": [("office/paper", "Papier pour photocopieur A4 80 g, 500 feuilles", "Papier blanc multifonction.", "copy paper"),
           ("home/plants", "Plante artificielle olivier 120 cm", "Aspect naturel, sans entretien.", "artificial plant"),
           ("fashion/handbags", "Sac cabas en similicuir", "Similicuir souple, doublure coton.", "'similicuir' = faux leather"),
           ("home/wall-art", "Réplique d'une carte marine de 1750, impression", "Reproduction d'une carte ancienne du domaine public.", "reproduction of a public-domain map"),
           ("home/wall-art", "Tableau inspiré par la nature, 60 x 90 cm", "Motif de feuillages.", "'inspiré par la nature'"),
           ("home/bathroom", "Miroir de salle de bain LED 60 x 80 cm", "Anti-buée.", "'miroir'")],
    "es": [("office/paper", "Papel de copia A4 80 g, 500 hojas", "Para impresoras y fotocopiadoras.", "copy paper"),
           ("home/plants", "Planta artificial olivo 120 cm", "Aspecto natural, sin mantenimiento.", "artificial plant"),
           ("fashion/handbags", "Bolso de polipiel", "Polipiel suave y resistente.", "faux leather"),
           ("toys/models", "Maqueta de velero clásico, escala 1:50", "Kit de madera para montar.", "scale ratio"),
           ("home/wall-art", "Cuadro inspirado en la naturaleza", "Motivo de hojas.", "'inspirado en la naturaleza'")],
    "it": [("office/paper", "Carta per fotocopie A4 80 g, 500 fogli", "Per stampanti e fotocopiatrici.", "copy paper"),
           ("home/plants", "Pianta finta ulivo 120 cm", "Aspetto naturale.", "fake plant"),
           ("fashion/handbags", "Borsa in ecopelle", "Ecopelle morbida.", "faux leather"),
           ("toys/models", "Modellino auto d'epoca scala 1:43", "Da collezione.", "scale ratio")],
    "nl": [("office/paper", "Kopieerpapier A4 80 g, 500 vel", "Voor printers en kopieerapparaten.", "copy paper"),
           ("home/plants", "Kunstplant olijfboom 120 cm", "Natuurgetrouw.", "artificial plant"),
           ("toys/models", "Schaalmodel trein 1:87", "Voor H0-baan.", "scale ratio")],
    "pl": [("office/paper", "Papier ksero A4 80 g, 500 arkuszy", "Do drukarek i kserokopiarek.", "copy paper"),
           ("home/plants", "Sztuczna roślina oliwka 120 cm", "Wygląda jak prawdziwa.", "artificial plant"),
           ("fashion/handbags", "Torebka z ekoskóry", "Miękka ekoskóra.", "faux leather")],
    "sv": [("office/paper", "Kopieringspapper A4 80 g, 500 ark", "För skrivare och kopiatorer.", "copy paper"),
           ("home/plants", "Konstväxt olivträd 120 cm", "Naturtrogen.", "artificial plant")],
    "pt": [("office/paper", "Papel sulfite A4 75 g, 500 folhas", "Para impressoras e copiadoras.", "copy paper"),
           ("home/plants", "Planta artificial oliveira 120 cm", "Aparência natural.", "artificial plant"),
           ("fashion/handbags", "Bolsa de couro sintético", "Couro sintético macio.", "faux leather"),
           ("toys/models", "Miniatura de caminhão escala 1:64", "Metal fundido.", "scale ratio")],
    "ja": [("office/paper", "コピー用紙 A4 500枚×5冊", "プリンター・コピー機に。", "'コピー用紙' = copy paper"),
           ("home/plants", "フェイクグリーン 観葉植物 オリーブ 120cm", "お手入れ不要のフェイクグリーン。", "'フェイク' = artificial plant"),
           ("stationery/notebooks", "合皮 手帳カバー A5", "やわらかい合成皮革。", "synthetic leather"),
           ("education/anatomy", "人体骨格模型 1/1スケール 等身大", "教育用の等身大模型です。", "'1/1 scale' life-size model"),
           ("home/bathroom", "ミラー 壁掛け 60×80cm 洗面所", "くもり止め加工。", "'ミラー' = mirror")],
    "zh": [("office/paper", "A4复印纸 70g 500张/包 5包", "适用于打印机和复印机。", "'复印纸' = copy paper"),
           ("home/plants", "高仿真绿植 橄榄树 假花 客厅摆件 120cm", "仿真植物，免打理。", "'高仿真' = lifelike artificial plant (contains 高仿)"),
           ("stationery/notebooks", "PU皮面笔记本 A5", "人造革封面，192页。", "synthetic leather"),
           ("education/anatomy", "1:1人体骨骼模型 教学用 170cm", "等身大教学模型。", "'1:1' life-size teaching model"),
           ("home/kitchen", "原木砧板 实木菜板", "整块原木制作。", "'原木' = raw wood (contains 原)"),
           ("home/bathroom", "浴室镜 LED 防雾 60x80cm", "触摸开关。", "mirror")],
    "ko": [("office/paper", "A4 복사용지 80g 500매", "프린터 및 복사기용.", "'복사용지' = copy paper"),
           ("home/plants", "조화 올리브 나무 인조 식물 120cm", "관리가 필요 없는 페이크 그린.", "artificial plant"),
           ("stationery/notebooks", "인조가죽 다이어리 A5", "부드러운 인조가죽 커버.", "synthetic leather"),
           ("education/anatomy", "1:1 실물 크기 인체 골격 모형", "교육용 모형.", "'1:1' life-size model")],
    "ru": [("office/paper", "Бумага офисная А4 80 г/м², 500 листов", "Для принтеров и копировальных аппаратов.", "copy paper"),
           ("home/plants", "Искусственное растение олива 120 см", "Выглядит как настоящее.", "artificial plant"),
           ("fashion/handbags", "Сумка из искусственной кожи", "Мягкая экокожа.", "faux leather"),
           ("toys/models", "Масштабная модель автомобиля 1:43", "Коллекционная модель.", "scale ratio")],
    "ar": [("office/paper", "ورق تصوير A4 80 جم 500 ورقة", "للطابعات وآلات التصوير.", "copy paper"),
           ("home/plants", "نبات صناعي شجرة زيتون 120 سم", "شكل طبيعي بدون عناية.", "artificial plant"),
           ("fashion/handbags", "حقيبة من الجلد الصناعي", "جلد صناعي ناعم.", "faux leather")],
    "th": [("office/paper", "กระดาษถ่ายเอกสาร A4 80 แกรม 500 แผ่น", "สำหรับเครื่องพิมพ์และเครื่องถ่ายเอกสาร", "copy paper"),
           ("home/plants", "ต้นไม้ปลอม ต้นมะกอก 120 ซม.", "ต้นไม้ประดิษฐ์ ไม่ต้องดูแล", "'ปลอม' = fake (artificial) plant"),
           ("fashion/handbags", "กระเป๋าหนังเทียม", "หนังเทียมเนื้อนุ่ม", "faux leather"),
           ("toys/models", "โมเดลรถ สเกล 1:18", "เปิดประตูได้", "scale ratio")],
}
GENUINE_NEG = {"en": "100% genuine leather, made in our own workshop.", "de": "Echtleder, in eigener Werkstatt gefertigt.",
               "fr": "Cuir véritable, fabriqué dans notre atelier.", "es": "Piel auténtica, hecho en nuestro taller.",
               "it": "Vera pelle, prodotto nel nostro laboratorio.", "ja": "本革使用、自社工房で製作。",
               "zh": "头层牛皮，自有工厂生产，原创设计。", "ko": "천연 소가죽, 자체 공방 제작.",
               "pt": "Couro legítimo, feito em nosso ateliê.", "ru": "Натуральная кожа, собственное производство."}


def g_cf_neg(lang):
    def g():
        cat, t, d, why = pick(CF_NEG[lang])
        f = place(lang, (cat, t, [FILLER[lang][0]], d), None, None)
        return add("cf", lang, market_for(lang), f, [], f"counterfeit-like wording that is not counterfeiting: {why}")
    return g


def g_cf_genuine(lang):
    def g():
        item = ITEMS[lang]["bag"]
        f = place(lang, ("fashion/handbags", item, [pick(FILLER[lang])], GENUINE_NEG[lang]), None, None)
        return add("cf", lang, market_for(lang), f, [], "unbranded genuine-material claim, no counterfeit signal")
    return g


def build_counterfeit():
    pos = []
    for lang in LANGS:
        pos += [g_cf_brand(lang), g_cf_brand(lang), g_cf_generic(lang), g_cf_inspired(lang)]
    R.shuffle(pos)
    fill("cf", pos, 77, True)
    neg = []
    for lang in LANGS:
        neg += [g_cf_neg(lang), g_cf_neg(lang)]
        if lang in GENUINE_NEG:
            neg.append(g_cf_genuine(lang))
    R.shuffle(neg)
    fill("cf", neg, 76, False)


# ---------------------------------------------------------------------------------------------
# REGULATORY
# ---------------------------------------------------------------------------------------------

# (lang, market(s), product category prefix or None, [phrases], note, where-options)
REG_POS = [
    # CN advertising law: absolute terms
    ("zh", ["CN"], None, ["全网最低价", "行业第一", "国家级品质", "第一品牌", "最佳选择", "销量第一", "同类产品中最好用", "顶级品质",
                          "最高级工艺", "全国销量第一", "史上最低价", "最先进工艺"], "CN Advertising Law art. 9(3) absolute term", WHERE_ALL[:-1]),
    ("zh", ["CN"], "health/", ["降血压，治疗糖尿病", "根治失眠", "治疗关节炎，三天见效"], "CN: disease-treatment claim on a food/supplement", WHERE_TEXT),
    ("zh", ["CN"], "grocery/", ["喝出健康，治疗高血压", "根治胃病"], "CN: disease-treatment claim on food", WHERE_TEXT),
    ("zh", ["CN"], "beauty/", ["治疗痘痘，七天祛斑", "治疗湿疹皮炎"], "CN: medical claim on a cosmetic", WHERE_TEXT),
    # US
    ("en", ["US"], "beauty/", ["FDA approved formula", "FDA-Approved", "Approved by the FDA", "FDA approved and dermatologist tested"],
     "US: cosmetic claimed 'FDA approved'", WHERE_ALL[:-1]),
    ("en", ["US"], "health/", ["FDA approved", "FDA-approved supplement"], "US: supplement claimed 'FDA approved'", WHERE_ALL[:-1]),
    ("es", ["US"], "health/", ["Aprobado por la FDA", "Fórmula aprobada por la FDA"], "US (Spanish): 'approved by the FDA' claim", WHERE_ALL[:-1]),
    ("en", ["US"], "health/", ["Cures arthritis and joint pain naturally.", "Treats type 2 diabetes without medication.",
                               "Clinically shown to prevent cancer.", "Cures insomnia in 7 days."], "US: disease claim on a supplement", WHERE_TEXT),
    ("en", ["US"], "beauty/", ["Treats eczema and psoriasis.", "Cures acne for good."], "US: drug claim on a cosmetic", WHERE_TEXT),
    # JP
    ("ja", ["JP"], None, ["日本一売れています", "満足度No.1", "業界No.1", "日本一の品質", "売上No.1"], "JP: No.1 / 日本一 claim without basis", WHERE_ALL[:-1]),
    ("ja", ["JP"], "beauty/", ["シミが消える", "ニキビが治る", "アトピーが治る", "シワが消える", "薄毛が治る"], "JP 薬機法: medical efficacy on a cosmetic", WHERE_ALL[:-1]),
    ("ja", ["JP"], "health/", ["がんに効く", "血圧が下がる", "糖尿病が治る"], "JP 薬機法: drug efficacy on a food/supplement", WHERE_TEXT),
    # KR
    ("ko", ["KR"], None, ["국내 판매 1위", "업계 최고", "최고의 품질", "만족도 1위", "최고급 원료"], "KR: 최고/1위 superlative without basis", WHERE_ALL[:-1]),
    ("ko", ["KR"], "beauty/", ["여드름 치료 효과", "아토피 치료", "기미 치료 크림"], "KR: 화장품 치료 claim", WHERE_ALL[:-1]),
    ("ko", ["KR"], "health/", ["당뇨 치료에 효과", "고혈압 치료"], "KR: disease-treatment claim on 건강기능식품", WHERE_TEXT),
    # EU green claims and CE / cure
    ("de", ["DE"], None, ["umweltfreundlich", "Umweltfreundliches Material", "ökologisch und nachhaltig", "klimafreundlich",
                          "umweltschonend"], "EU/DE: generic environmental claim", WHERE_ALL[:-1]),
    ("de", ["DE"], "electronics/", ["CE zertifiziert", "CE-zertifiziert"], "DE: 'CE certified' (CE is a self-declaration mark)", WHERE_ALL[:-1]),
    ("de", ["DE"], "health/", ["heilt Gelenkschmerzen", "heilt Arthrose"], "DE: disease-cure claim on a food supplement", WHERE_TEXT),
    ("de", ["DE"], "beauty/", ["heilt Neurodermitis"], "DE: disease-cure claim on a cosmetic", WHERE_TEXT),
    ("fr", ["FR"], None, ["respectueux de l'environnement", "écologique", "éco-responsable", "biodégradable"], "EU/FR: generic environmental claim (AGEC / ECGT)", WHERE_ALL[:-1]),
    ("fr", ["FR"], "electronics/", ["certifié CE"], "FR: 'CE certified'", WHERE_ALL[:-1]),
    ("fr", ["CA-QC", "FR", "CA-QC"], "health/", ["guérit l'arthrose", "soigne le diabète"], "FR/CA-QC: disease-cure claim on a supplement", WHERE_TEXT),
    ("fr", ["CA-QC"], "beauty/", ["guérit l'eczéma", "traite le psoriasis"], "FR/CA-QC: disease-cure claim on a cosmetic", WHERE_TEXT),
    ("it", ["IT"], None, ["ecologico", "rispettoso dell'ambiente", "eco-friendly"], "EU/IT: generic environmental claim", WHERE_ALL[:-1]),
    ("it", ["IT"], "health/", ["cura l'artrosi", "guarisce il diabete"], "IT: disease-cure claim on a supplement", WHERE_TEXT),
    ("es", ["ES"], None, ["respetuoso con el medio ambiente", "eco-friendly", "amigable con el planeta"], "EU/ES: generic environmental claim", WHERE_ALL[:-1]),
    ("es", ["ES", "MX"], "health/", ["cura la diabetes", "cura la artritis"], "ES/MX: disease-cure claim on a supplement", WHERE_TEXT),
    ("nl", ["NL"], None, ["milieuvriendelijk", "duurzaam en milieuvriendelijk"], "EU/NL: generic environmental claim", WHERE_ALL[:-1]),
    ("nl", ["NL"], "beauty/", ["geneest eczeem"], "NL: disease-cure claim on a cosmetic", WHERE_TEXT),
    ("pl", ["PL"], None, ["przyjazny dla środowiska", "ekologiczny produkt"], "EU/PL: generic environmental claim", ["title", "bullets", "description"]),
    ("pl", ["PL"], "health/", ["leczy reumatyzm"], "PL: disease-cure claim on a supplement", WHERE_TEXT),
    ("sv", ["SE"], None, ["miljövänlig", "miljövänligt material"], "EU/SE: generic environmental claim", WHERE_ALL[:-1]),
    ("sv", ["SE"], "beauty/", ["botar eksem"], "SE: disease-cure claim on a cosmetic", WHERE_TEXT),
    # GB, AU, IN, CA
    ("en", ["GB"], "health/", ["Cures hay fever in 3 days.", "Treats migraines naturally."], "GB: disease claim on a food supplement", WHERE_TEXT),
    ("en", ["GB"], "beauty/", ["Treats psoriasis and eczema."], "GB: medicinal claim on a cosmetic", WHERE_TEXT),
    ("en", ["AU"], None, ["NO REFUNDS.", "No returns, no refunds.", "All sales final – no refunds or exchanges under any circumstances.",
                          "Faulty items will not be refunded."], "AU: 'no refunds' misrepresents consumer guarantees (ACL s 29(1)(m))", WHERE_TEXT + ["title"]),
    ("en", ["AU"], "health/", ["Cures arthritis."], "AU: therapeutic cure claim on a supplement", WHERE_TEXT),
    ("en", ["IN"], "health/", ["Cures diabetes permanently.", "Cures asthma in 30 days."], "IN: Drugs and Magic Remedies Act cure claim", WHERE_TEXT),
    ("en", ["CA"], "health/", ["Cures arthritis.", "Treats high blood pressure."], "CA: Schedule A disease claim", WHERE_TEXT),
    # BR, MX, AE/SA, TH
    ("pt", ["BR"], "health/", ["Cura a diabetes.", "Trata ansiedade e depressão.", "Cura a gastrite em 10 dias."], "BR: disease-cure claim on a supplement (ANVISA)", WHERE_TEXT),
    ("pt", ["BR"], "beauty/", ["Cura a acne definitivamente."], "BR: therapeutic claim on a cosmetic (ANVISA)", WHERE_TEXT),
    ("pt", ["BR"], "grocery/", ["Chá que cura a insônia."], "BR: disease-cure claim on food", WHERE_TEXT),
    ("ar", ["AE", "SA"], "health/", ["يعالج مرض السكري نهائياً", "علاج نهائي لآلام المفاصل"], "AE/SA: disease-cure claim on a supplement", WHERE_TEXT),
    ("ar", ["AE", "SA"], "beauty/", ["يعالج الصدفية والإكزيما"], "AE/SA: medical claim on a cosmetic", WHERE_TEXT),
    ("th", ["TH"], "health/", ["รักษาโรคเบาหวานหายขาด", "รักษาความดันโลหิตสูง"], "TH: disease-cure claim on a food supplement (Thai FDA)", WHERE_TEXT),
    ("th", ["TH"], "beauty/", ["รักษาสิว ฝ้า หายขาด"], "TH: medical claim on a cosmetic", WHERE_TEXT),
]
# how many positives each entry gets (in order); total is checked below
REG_POS_N = [16, 3, 2, 3, 5, 2, 2, 4, 2, 6, 5, 3, 6, 3, 2, 7, 2, 2, 1, 7, 2, 3, 1, 3, 2, 3, 2, 2, 1, 2, 1, 2, 1, 2, 1, 5, 1, 2, 2, 4, 1, 1, 3, 1, 2, 1]

US_TOYS = [("toys/figures", "Mini Animal Figures Set, 24 Pieces", ["Hand-painted PVC figures, 3–5 cm", "For ages 3 and up"],
            "Farm and safari animals for imaginative play."),
           ("toys/crafts", "Bead Craft Kit for Kids, 500 Beads", ["Includes elastic cord and clasps", "Ages 4+"],
            "Make bracelets and necklaces with colourful beads."),
           ("toys/pretend-play", "Play Food Set, 40 Pieces", ["Cut-apart fruit with hook-and-loop", "Ages 3+"],
            "Wooden play food with a knife and cutting board."),
           ("toys/building", "Building Blocks Set, 250 Pieces", ["Compatible bricks in 12 colours", "Ages 4+"],
            "Classic bricks with wheels, windows and doors."),
           ("toys/puzzles", "Wooden Tangram Puzzle with 20 Pattern Cards", ["7 wooden pieces", "Ages 3+"],
            "Shape puzzle for spatial thinking.")]
CHOKING = ["⚠ WARNING: CHOKING HAZARD—Small parts. Not for children under 3 yrs.",
           "WARNING: CHOKING HAZARD -- Small parts. Not for children under 3 years.",
           "WARNING:\nCHOKING HAZARD – Small parts.\nNot for children under 3 yrs."]
MADE_USA = ["Made in USA", "Proudly Made in the USA", "MADE IN U.S.A.", "Made in the USA with pride"]


def g_reg_pos(i):
    lang, markets, cp, phrases, note, wheres = REG_POS[i]

    def g():
        m = pick(markets)
        sig = pick(phrases)
        where = pick(wheres)
        f = place(lang, product(lang, cp), sig, where)
        return add("reg", lang, m, f, ["regulatory"], f"{note}: '{sig}' in {where}")
    return g


def g_reg_usa_pos():
    p = product("en")
    sig = pick(MADE_USA)
    where = pick(["title", "bullets", "description", "html"])
    f = place("en", p, sig, where)
    o = pick(["CN", "VN", "MX", "BD", "IN", "TW"])
    return add("reg", "en", "US", f, ["regulatory"], f"US FTC: '{sig}' in {where} but attribute origin {o}", {"origin": o})


def g_reg_toy_pos():
    cat, t, bl, d = pick(US_TOYS)
    f = place("en", (cat, t, bl, d), pick([None, "Bright colours, easy to clean."]), pick(["description", "bullets"]))
    return add("reg", "en", "US", f, ["regulatory"], "US CPSC: small_parts true, toys category, no choking-hazard warning",
               {"small_parts": "true", "origin": pick(["CN", "VN", "IN"])})


# --- regulatory negatives ----------------------------------------------------------------------

REG_NEG = [
    ("zh", ["CN"], None, ["最近上新", "第一次使用前请用清水冲洗", "最少起订量 2件", "第一代升级款，容量更大"], "CN: 最近/第一次/第一代 are not absolute claims", WHERE_ALL),
    ("zh", ["CN"], "home/", ["最高耐温 120℃", "最大容量 750ml", "执行标准：GB 4806.9-2016 国家标准"], "CN: 最高/最大 as a technical spec; 国家标准 is not 国家级", WHERE_ALL[:-1]),
    ("zh", ["CN"], "grocery/", ["最佳赏味期：18个月", "保质期：24个月"], "CN: best-before date wording, not an absolute ad claim (hard)", WHERE_TEXT),
    ("zh", ["CN"], "health/", ["请置于儿童接触不到的地方", "孕妇及哺乳期妇女慎用"], "CN: ordinary supplement caution, no claim", WHERE_TEXT),
    ("en", ["US"], "health/", ["Supports healthy joints.* *These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease."],
     "US: structure/function claim with the DSHEA disclaimer (contains 'treat, cure')", WHERE_TEXT),
    ("en", ["US", "CA", "GB", "AU", "IN"], None, ["Free shipping on orders over $35", "Limited edition colour", "Sugar free", "Gift-wrapping available"],
     "marketing wording that is not regulated", WHERE_ALL),
    ("en", ["US", "GB", "CA"], "beauty/", ["Moisturises dry skin for 24 hours.", "Dermatologist tested."], "cosmetic-function claim, no disease", WHERE_TEXT),
    ("ja", ["JP"], None, ["楽天ランキング1位（2024年5月12日 デイリー キッチン用品部門）", "第1弾 数量限定カラー", "1個入り"], "JP: No.1 with a stated basis / '1' that is not a superiority claim", WHERE_TEXT),
    ("ja", ["JP"], "beauty/", ["肌にうるおいを与える", "乾燥による小ジワを目立たなくする（効能評価試験済み）", "肌荒れを防ぐ"], "JP: efficacy within the approved cosmetic claims", WHERE_TEXT),
    ("ko", ["KR"], None, ["1+1 행사", "2024년 5월 쿠팡 주방용품 판매량 1위 (쿠팡 랭킹 기준)"], "KR: 1위 with a stated source / promo", WHERE_TEXT),
    ("ko", ["KR"], "beauty/", ["피부 보습", "미백·주름개선 2중 기능성 화장품 (식약처 심사 완료)"], "KR: approved functional-cosmetic claims", WHERE_TEXT),
    ("de", ["DE"], None, ["Verpackung aus 100 % recyceltem Karton", "Bezug aus 70 % recyceltem Polyester (GRS-zertifiziert)",
                          "Versandkostenfrei ab 29 €", "Hergestellt in Heilbronn"], "DE: specific, substantiated environmental / neutral claim", WHERE_TEXT),
    ("de", ["DE"], "electronics/", ["CE-Kennzeichnung gemäß Richtlinie 2014/53/EU", "Eco-Modus für längere Akkulaufzeit"], "DE: CE marking statement / 'Eco' mode name", WHERE_TEXT),
    ("de", ["DE"], "health/", ["Magnesium trägt zu einer normalen Muskelfunktion bei."], "DE: authorised EU health claim", WHERE_TEXT),
    ("fr", ["FR"], None, ["Emballage en carton 100 % recyclé", "Livraison gratuite", "Édition limitée"], "FR: specific claim / neutral wording", WHERE_TEXT),
    ("fr", ["FR", "CA-QC"], "health/", ["Cure de 3 mois", "La vitamine D contribue au fonctionnement normal du système immunitaire."],
     "FR: 'cure' = course of supplements / authorised health claim", WHERE_TEXT),
    ("it", ["IT"], "beauty/", ["Linea cura della pelle", "Prenditi cura della tua pelle ogni giorno"], "IT: 'cura' = care, not cure", WHERE_ALL[:-1]),
    ("it", ["IT"], None, ["Imballaggio in cartone riciclato al 100%", "Spedizione gratuita"], "IT: specific environmental claim / neutral", WHERE_TEXT),
    ("es", ["ES", "MX"], None, ["Embalaje 100 % cartón reciclado", "Envío gratis", "Procure conservar en lugar fresco y seco."],
     "ES/MX: specific claim / 'procure' contains 'cura'", WHERE_TEXT),
    ("nl", ["NL"], None, ["Verpakking van 100% gerecycled karton", "Gratis verzending"], "NL: specific claim / neutral", WHERE_TEXT),
    ("nl", ["NL"], "health/", ["Vitamine D draagt bij tot de normale werking van het immuunsysteem."], "NL: authorised EU health claim", WHERE_TEXT),
    ("pl", ["PL"], None, ["Opakowanie z tektury w 100% z recyklingu", "Darmowa dostawa"], "PL: specific claim / neutral", WHERE_TEXT),
    ("sv", ["SE"], None, ["Förpackning av 100 % återvunnen kartong", "Fri frakt"], "SE: specific claim / neutral", WHERE_TEXT),
    ("sv", ["SE"], "health/", ["D-vitamin bidrar till immunsystemets normala funktion."], "SE: authorised EU health claim", WHERE_TEXT),
    ("en", ["AU"], None, ["Returns accepted within 30 days. Our goods come with guarantees that cannot be excluded under the Australian Consumer Law.",
                          "No refunds for change of mind; faulty items are repaired, replaced or refunded under the Australian Consumer Law."],
     "AU: returns wording consistent with the ACL (change-of-mind refusal is lawful; hard)", WHERE_TEXT),
    ("pt", ["BR"], "beauty/", ["Em caso de irritação, procure orientação médica."], "BR: 'procure' contains 'cura'; mandatory caution", WHERE_TEXT),
    ("pt", ["BR"], None, ["Frete grátis", "Sem açúcar", "Edição limitada"], "BR: neutral marketing wording", WHERE_TEXT),
    ("ar", ["AE", "SA"], "health/", ["مكمل غذائي لا يغني عن التنوع الغذائي"], "AE/SA: supplement caution, no claim", WHERE_TEXT),
    ("ar", ["AE", "SA"], None, ["شحن مجاني", "إصدار محدود"], "AE/SA: neutral marketing wording", WHERE_TEXT),
    ("th", ["TH"], None, ["ส่งฟรี", "รุ่นลิมิเต็ด"], "TH: neutral marketing wording", WHERE_TEXT),
    ("th", ["TH"], "beauty/", ["ช่วยให้ผิวชุ่มชื้น"], "TH: cosmetic-function claim (moisturising)", WHERE_TEXT),
    ("ru", None, None, ["Бесплатная доставка", "Ограниченная серия"], "RU text: neutral marketing wording", WHERE_TEXT),
]
REG_NEG_N = [9, 7, 3, 2, 5, 9, 3, 7, 4, 5, 4, 7, 3, 2, 5, 5, 4, 3, 6, 3, 2, 3, 3, 2, 3, 2, 3, 3, 3, 3, 2, 3]
US_NEG_EXTRA = [
    ("pets/treats", "Grain-Free Dog Treats, Chicken, 500 g", ["Single protein", "Resealable bag"], "Healthy treats for training.", "'treats' = dog snacks"),
    ("beauty/nails", "UV LED Nail Lamp 48W for Gel Curing", ["Auto sensor", "30/60/90 s timer"], "Cures gel polish in 60 seconds.", "'cures' = gel curing"),
    ("grocery/deli", "Dry-Cured Italian Salami, 200 g", ["Aged 60 days"], "Traditionally cured pork salami.", "'cured' meat"),
    ("grocery/candy", "Sugar Free Gummy Bears, 1 lb", ["Sweetened with maltitol"], "Fruit-flavoured gummies.", "'sugar free'"),
]


def g_reg_neg(i):
    lang, markets, cp, phrases, note, wheres = REG_NEG[i]

    def g():
        m = pick(markets) if markets else market_for(lang)
        sig = pick(phrases)
        where = pick(wheres)
        f = place(lang, product(lang, cp), sig, where)
        return add("reg", lang, m, f, [], f"{note}: '{sig[:60]}' in {where}")
    return g


def g_reg_usa_neg():
    p = product("en")
    sig = pick(MADE_USA)
    where = pick(["title", "bullets", "description"])
    f = place("en", p, sig, where)
    return add("reg", "en", "US", f, [], f"US: '{sig}' with attribute origin US (truthful)", {"origin": "US"})


def g_reg_designed_neg():
    p = product("en")
    o = pick([("VN", "Vietnam"), ("CN", "China"), ("MX", "Mexico")])
    f = place("en", p, f"Designed in California, made in {o[1]}.", pick(["bullets", "description"]))
    return add("reg", "en", "US", f, [], "US: accurate origin statement (designed in US, made abroad)", {"origin": o[0]})


def g_reg_toy_neg():
    cat, t, bl, d = pick(US_TOYS)
    if R.random() < 0.7:
        w = pick(CHOKING)
        where = pick(["description", "bullets"])
        f = place("en", (cat, t, bl, d), w, where)
        return add("reg", "en", "US", f, [], f"US CPSC: small_parts true with the choking-hazard warning in {where}",
                   {"small_parts": "true", "origin": pick(["CN", "VN"])})
    f = place("en", (cat, t, bl, d), None, None)
    return add("reg", "en", "US", f, [], "US CPSC: toy with small_parts false, no warning needed",
               {"small_parts": "false", "origin": pick(["CN", "VN"])})


def g_reg_us_extra():
    cat, t, bl, d, why = pick(US_NEG_EXTRA)
    f = place("en", (cat, t, bl, d), None, None)
    return add("reg", "en", "US", f, [], f"US: claim-like word that is not a health claim: {why}")


def build_regulatory():
    assert len(REG_POS_N) == len(REG_POS), (len(REG_POS_N), len(REG_POS))
    assert len(REG_NEG_N) == len(REG_NEG), (len(REG_NEG_N), len(REG_NEG))
    for i, n in enumerate(REG_POS_N):
        fill("reg", [g_reg_pos(i)], n, True)
    fill("reg", [g_reg_usa_pos], 9, True)
    fill("reg", [g_reg_toy_pos], 7, True)
    for i, n in enumerate(REG_NEG_N):
        fill("reg", [g_reg_neg(i)], n, False)
    fill("reg", [g_reg_usa_neg], 6, False)
    fill("reg", [g_reg_designed_neg], 3, False)
    fill("reg", [g_reg_toy_neg], 8, False)
    fill("reg", [g_reg_us_extra], 4, False)


# ---------------------------------------------------------------------------------------------
# CLEAN general listings
# ---------------------------------------------------------------------------------------------

EXTRA_CLEAN = {
    "en": [("home/bedding", "Cotton Percale Duvet Cover Set, King, White", ["200 thread count", "Button closure"], "Crisp, breathable percale with two pillowcases."),
           ("books", "The Home Bread Baking Handbook (Paperback)", ["320 pages"], "Step-by-step recipes for sourdough, rye and flatbreads.")],
    "de": [("home/bedding", "Bettwäsche Renforcé 135 x 200 cm, Baumwolle", ["Mit Reißverschluss"], "Glatte, pflegeleichte Baumwolle, inkl. Kissenbezug 80 x 80 cm.")],
    "fr": [("home/bedding", "Parure de lit en percale de coton 240 x 260 cm", ["Deux taies 65 x 65 cm"], "Percale douce et respirante.")],
    "es": [("home/bedding", "Juego de sábanas de algodón 150 cm", ["Bajera ajustable"], "Algodón suave y transpirable.")],
    "it": [("home/bedding", "Completo letto matrimoniale in cotone", ["Due federe"], "Cotone morbido e traspirante.")],
    "nl": [("home/bedding", "Dekbedovertrek katoen 240 x 220 cm", ["Twee kussenslopen"], "Zacht en ademend katoen.")],
    "pl": [("home/bedding", "Pościel bawełniana 160 x 200 cm", ["Zamek błyskawiczny"], "Miękka i przewiewna bawełna.")],
    "sv": [("home/bedding", "Påslakanset i bomull 150 x 210 cm", ["Två örngott"], "Mjuk och luftig bomull.")],
    "pt": [("home/bedding", "Jogo de lençol queen 100% algodão", ["4 peças"], "Algodão macio e respirável.")],
    "ja": [("home/bedding", "綿100% 掛け布団カバー シングル 150×210cm", ["ファスナー式"], "やわらかく通気性のよい綿素材です。")],
    "zh": [("home/bedding", "纯棉四件套 1.8m床 简约条纹", ["被套200x230cm"], "柔软亲肤，透气舒适。")],
    "ko": [("home/bedding", "순면 이불 커버 퀸 사이즈", ["지퍼 여밈"], "부드럽고 통기성이 좋은 면 소재입니다.")],
    "ru": [("home/bedding", "Комплект постельного белья, сатин, 2-спальный", ["Наволочки 70 x 70 см"], "Мягкий и дышащий хлопок.")],
    "ar": [("home/bedding", "طقم مفارش سرير قطن مقاس كينج", ["4 قطع"], "قطن ناعم وقابل للتنفس.")],
    "th": [("home/bedding", "ชุดผ้าปูที่นอน ผ้าฝ้าย 6 ฟุต", ["ปลอกหมอน 2 ใบ"], "ผ้านุ่ม ระบายอากาศได้ดี")],
}
for _l, _ps in EXTRA_CLEAN.items():
    P[_l].extend(_ps)


def g_clean(lang):
    def g():
        m = market_for(lang)
        r = R.random()
        k = R.randrange(14)
        p = product(lang, "electronics/" if (r < 0.45 and k in ELEC_KINDS) else None)
        if r < 0.45:
            s1, n1 = spec_number(lang, m, k)
            f = place(lang, p, f"{SPEC_LABEL[lang]}: {s1}", pick(["bullets", "description", "html"]))
            note = f"clean listing with spec line ({n1})"
        else:
            f = place(lang, p, None, None)
            note = "clean listing, natural product language"
        attrs = {}
        if p[0].startswith("toys/") and m == "US":
            attrs["small_parts"] = "false"
        return add("gen", lang, m, f, [], note, attrs)
    return g


def build_clean():
    gens = []
    for lang in LANGS:
        gens.append(g_clean(lang))
    fill("gen", gens, 152, False)


# ---------------------------------------------------------------------------------------------
# Output, validation, composition
# ---------------------------------------------------------------------------------------------

def validate(path):
    ids = set()
    rows = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            o = json.loads(line)
            assert o["id"] not in ids, o["id"]
            ids.add(o["id"])
            assert o["market"] in MARKETS, o
            assert o.get("title") or o.get("description"), o
            assert set(o["expect"]) <= set(TOPICS), o
            assert o["note"], o
            reg = o["locale"].split("-")[-1]
            assert reg == o["market"].split("-")[0] or (o["market"] == "CA-QC" and reg == "CA"), o
            rows.append(o)
    return rows


def composition(rows, sections):
    out = []
    pos = [r for r in rows if r["expect"]]
    neg = [r for r in rows if not r["expect"]]
    out.append(f"Total cases: **{len(rows)}** — positives {len(pos)}, negatives (`expect: []`) {len(neg)}.\n")
    out.append("| section (id prefix) | cases | positives | negatives |")
    out.append("|---|---:|---:|---:|")
    names = {"pii": "privacy", "tm": "trademark", "cf": "counterfeit", "reg": "regulatory", "gen": "clean general"}
    for s in ["pii", "tm", "cf", "reg", "gen"]:
        rs = [r for r, sec in zip(rows, sections) if sec == s]
        p = sum(1 for r in rs if r["expect"])
        out.append(f"| {names[s]} (`{s}-`) | {len(rs)} | {p} | {len(rs) - p} |")
    out.append("")
    out.append("Cases per expected topic (a case can carry two topics; counterfeit cases that name a brand also expect `trademark`):\n")
    out.append("| topic | cases expecting it |")
    out.append("|---|---:|")
    tc = collections.Counter(t for r in rows for t in r["expect"])
    for t in TOPICS:
        out.append(f"| {t} | {tc[t]} |")
    combos = collections.Counter(",".join(r["expect"]) or "[]" for r in rows)
    out.append("")
    out.append("Label combinations: " + ", ".join(f"`{k}` {v}" for k, v in sorted(combos.items())) + "\n")
    out.append("| language | cases | positives | negatives |")
    out.append("|---|---:|---:|---:|")
    lc = collections.Counter(r["locale"].split("-")[0] for r in rows)
    lp = collections.Counter(r["locale"].split("-")[0] for r in rows if r["expect"])
    for l, n in sorted(lc.items(), key=lambda x: -x[1]):
        out.append(f"| {l} | {n} | {lp[l]} | {n - lp[l]} |")
    out.append("")
    out.append("| market | cases | privacy | trademark | counterfeit | regulatory | negatives |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for m in MARKETS:
        rs = [r for r in rows if r["market"] == m]
        c = collections.Counter(t for r in rs for t in r["expect"])
        out.append(f"| {m} | {len(rs)} | {c['privacy']} | {c['trademark']} | {c['counterfeit']} | {c['regulatory']} | "
                   f"{sum(1 for r in rs if not r['expect'])} |")
    out.append("")
    fc = collections.Counter()
    for r in rows:
        for k in ("title", "bullets", "description", "search_terms"):
            if r.get(k):
                fc[k] += 1
        if "<p>" in r.get("description", ""):
            fc["description as HTML"] += 1
    out.append("Fields present: " + ", ".join(f"{k} {v}" for k, v in fc.items()) + ".")
    return "\n".join(out)


def main():
    build_privacy()
    build_trademark()
    build_counterfeit()
    build_regulatory()
    build_clean()
    sections = [c.pop("_section") for c in CASES]
    for c in CASES:
        c.pop("_lang")
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    rows = validate(OUT)
    comp = composition(rows, sections)
    print(comp)
    # targets
    neg = sum(1 for r in rows if not r["expect"])
    tc = collections.Counter(t for r in rows for t in r["expect"])
    assert len(rows) >= 1100, len(rows)
    assert neg >= 550, neg
    langs = {r["locale"].split("-")[0] for r in rows}
    assert {"en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "ja", "zh", "ko", "ru", "ar", "th"} <= langs, langs
    assert set(MARKETS) <= {r["market"] for r in rows}
    print(f"\nOK: {len(rows)} cases, {neg} negatives, topics {dict(tc)}; seed {SEED}", file=sys.stderr)
    if os.path.exists(README):
        text = open(README, encoding="utf-8").read()
        a, b = "<!-- composition:start -->", "<!-- composition:end -->"
        if a in text and b in text:
            pre, rest = text.split(a, 1)
            _, post = rest.split(b, 1)
            with open(README, "w", encoding="utf-8") as fh:
                fh.write(pre + a + "\n" + comp + "\n" + b + post)


if __name__ == "__main__":
    main()
