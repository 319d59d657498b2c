#!/usr/bin/env python3
"""Generate Tests/Quality/labelled.jsonl, a labelled evaluation set for Clearance rule packs.

Deterministic: a fixed seed (SEED below) and hand-written templates and word lists only.
No external data sets are read. Run from anywhere:

    python3 Tests/Quality/make_labelled.py            # writes labelled.jsonl, refreshes README composition
    python3 Tests/Quality/make_labelled.py --check    # also re-validates every line and the targets

Label topics: privacy, trademark, counterfeit, regulatory; [] = a correct checker must not flag
any of these topics for the listing in its market.
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

TOPICS = ("privacy", "trademark", "counterfeit", "regulatory")
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
