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
    ("grocery/tea", "Organic Chamomile Tea, 40 Tea Bags",
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
    ("grocery/tea", "国産 ほうじ茶 ティーバッグ 40包",
     ["香ばしい焙煎の香り", "ホットでもアイスでも"],
     "京都府産の茶葉を丁寧に焙じました。食後のひとときにどうぞ。"),
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
    ("grocery/tea", "云南普洱熟茶 357g 茶饼",
     ["汤色红浓", "可多次冲泡"],
     "选用云南大叶种晒青毛茶，口感醇厚。请置于阴凉干燥处保存。"),
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
    ("grocery/tea", "국산 현미녹차 티백 50개입",
     ["고소한 현미 향", "뜨거운 물에 2~3분 우려 드세요"],
     "국내산 녹차와 볶은 현미를 블렌딩했습니다."),
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
    ("grocery/tea", "ชาเขียวอบแห้ง ดอยแม่สลอง 100 กรัม",
     ["หอมกลมกล่อม", "ชงได้หลายครั้ง"],
     "ใบชาจากเชียงราย เก็บในที่แห้งและเย็น"),
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
