// Numbers, currency, units, dates, lists, plural rules and MessageFormat (see format*.cpp).
//
// Every formatter is an opaque handle: open it, use it from any thread, close it once.
// Locale ids are NUL-terminated ASCII (BCP 47 or ICU form); unknown ids fall back the ICU way.
// Syntax errors in skeletons and patterns report, in *parse_offset, the UTF-8 byte offset of the
// position ICU's UParseError names (-1 when there is none; ICU reports 0 for unmatched braces). Buffers follow clr_common.h.
#ifndef CLR_FORMAT_H
#define CLR_FORMAT_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

// MARK: Numbers (format_number.cpp)

/// The number of fraction digits prices in an ISO 4217 currency show (2 for EUR, 0 for JPY and
/// KRW, 3 for KWD), from CLDR's currency data; `code` is three ASCII letters.
int32_t clr_currency_fraction_digits(const char *code, int32_t *status);

/// A number formatter built from a locale and an ICU number skeleton.
typedef struct clr_number_formatter clr_number_formatter;
/// The result of one formatting call: its text, its output unit and its plural operands.
typedef struct clr_formatted_number clr_formatted_number;

/// Opens a formatter for the UTF-8 `skeleton`, e.g. "currency/EUR .00" or "measure-unit/length-meter".
clr_number_formatter *clr_numfmt_open(const char *locale, const char *skeleton, int32_t length,
                                      int32_t *parse_offset, int32_t *status);
void clr_numfmt_close(clr_number_formatter *formatter);

/// Formats a double, an integer, or a decimal number given as UTF-8 ASCII text ("12.50", "1e3").
clr_formatted_number *clr_numfmt_format_double(const clr_number_formatter *formatter, double value,
                                               int32_t *status);
clr_formatted_number *clr_numfmt_format_int64(const clr_number_formatter *formatter, int64_t value,
                                              int32_t *status);
clr_formatted_number *clr_numfmt_format_decimal(const clr_number_formatter *formatter, const char *decimal,
                                                int32_t length, int32_t *status);
void clr_formatted_number_close(clr_formatted_number *result);

/// The formatted text.
int32_t clr_formatted_number_text(const clr_formatted_number *result, char *out, int32_t capacity,
                                  int32_t *status);
/// The identifier of the unit the text is in, e.g. "inch" or "foot-and-inch" ("" without a unit).
int32_t clr_formatted_number_unit(const clr_formatted_number *result, char *out, int32_t capacity,
                                  int32_t *status);

// MARK: Dates (format_date.cpp)

/// A date formatter with a fixed locale, pattern and time zone.
typedef struct clr_date_formatter clr_date_formatter;

/// Date and time styles for clr_datefmt_open_styles; CLR_DATE_STYLE_NONE omits that part.
enum {
    CLR_DATE_STYLE_NONE = -1,
    CLR_DATE_STYLE_FULL = 0,
    CLR_DATE_STYLE_LONG = 1,
    CLR_DATE_STYLE_MEDIUM = 2,
    CLR_DATE_STYLE_SHORT = 3,
};

/// Opens a formatter with date and time styles in the time zone `zone` (an Olson id such as
/// "Europe/Berlin"; an unknown id is U_ILLEGAL_ARGUMENT_ERROR, never a silent GMT).
clr_date_formatter *clr_datefmt_open_styles(const char *locale, int32_t date_style, int32_t time_style,
                                            const char *zone, int32_t zone_length, int32_t *status);
/// Opens a formatter for a skeleton such as "yMMMd", through the locale's pattern generator. A
/// skeleton that is empty or holds anything but date field letters is U_ILLEGAL_ARGUMENT_ERROR,
/// with the offset of the first such character in *parse_offset.
clr_date_formatter *clr_datefmt_open_skeleton(const char *locale, const char *skeleton, int32_t skeleton_length,
                                              const char *zone, int32_t zone_length, int32_t *parse_offset,
                                              int32_t *status);
void clr_datefmt_close(clr_date_formatter *formatter);
/// The pattern in use, e.g. "MMM d, y".
int32_t clr_datefmt_pattern(const clr_date_formatter *formatter, char *out, int32_t capacity, int32_t *status);
/// Formats an instant given in seconds since 1970-01-01T00:00:00Z.
int32_t clr_datefmt_format(const clr_date_formatter *formatter, double seconds, char *out, int32_t capacity,
                           int32_t *status);

// MARK: Lists (format_list.cpp)

typedef struct clr_list_formatter clr_list_formatter;

/// List types and widths, as ICU's UListFormatterType and UListFormatterWidth.
enum { CLR_LIST_AND = 0, CLR_LIST_OR = 1, CLR_LIST_UNITS = 2 };
enum { CLR_LIST_WIDE = 0, CLR_LIST_SHORT = 1, CLR_LIST_NARROW = 2 };

clr_list_formatter *clr_listfmt_open(const char *locale, int32_t type, int32_t width, int32_t *status);
void clr_listfmt_close(clr_list_formatter *formatter);
/// Formats `count` items stored back to back in the UTF-8 `pool`; item i ends at byte `ends[i]`.
int32_t clr_listfmt_format(const clr_list_formatter *formatter, const char *pool, const int32_t *ends,
                           int32_t count, char *out, int32_t capacity, int32_t *status);

// MARK: Plural rules (format_plural.cpp)

typedef struct clr_plural_rules clr_plural_rules;

/// Plural rule types, as ICU's UPluralType.
enum { CLR_PLURAL_CARDINAL = 0, CLR_PLURAL_ORDINAL = 1 };

clr_plural_rules *clr_plural_open(const char *locale, int32_t type, int32_t *status);
void clr_plural_close(clr_plural_rules *rules);
/// The keyword ("zero", "one", "two", "few", "many", "other") for a number.
int32_t clr_plural_select_double(const clr_plural_rules *rules, double value, char *out, int32_t capacity,
                                 int32_t *status);
/// The keyword for a number as formatted (visible fraction digits count: "1.0" in English is "other").
int32_t clr_plural_select_formatted(const clr_plural_rules *rules, const clr_formatted_number *number,
                                    char *out, int32_t capacity, int32_t *status);
/// The keywords the locale uses, separated by '\n', in ICU's order.
int32_t clr_plural_keywords(const clr_plural_rules *rules, char *out, int32_t capacity, int32_t *status);

// MARK: MessageFormat (format_message.cpp)

typedef struct clr_message_format clr_message_format;

/// Kinds of message arguments.
enum { CLR_ARG_STRING = 0, CLR_ARG_INT64 = 1, CLR_ARG_DOUBLE = 2, CLR_ARG_DATE_SECONDS = 3 };

/// One named argument: its name and (for CLR_ARG_STRING) its text are byte ranges of the pools
/// passed to clr_msgfmt_format; `number` holds doubles and dates, `integer` holds int64 values.
typedef struct clr_message_arg {
    int32_t kind;
    int32_t name_start, name_end;
    int32_t text_start, text_end;
    double number;
    int64_t integer;
} clr_message_arg;

/// Compiles a MessageFormat pattern; a syntax error sets *parse_offset. Date and time arguments
/// are shown in the time zone `zone` (an Olson id); they must be top-level arguments (inside a
/// plural or select branch ICU would use the process zone, so they are U_UNSUPPORTED_ERROR).
clr_message_format *clr_msgfmt_open(const char *locale, const char *pattern, int32_t length, const char *zone,
                                    int32_t zone_length, int32_t *parse_offset, int32_t *status);
void clr_msgfmt_close(clr_message_format *format);
/// Formats with named arguments. `names` and `texts` are UTF-8 pools indexed by `args`.
int32_t clr_msgfmt_format(const clr_message_format *format, const clr_message_arg *args, int32_t count,
                          const char *names, int32_t names_length, const char *texts, int32_t texts_length,
                          char *out, int32_t capacity, int32_t *status);
/// Every argument name (or number) the pattern uses, nested ones included, in order of first use,
/// separated by '\n'.
int32_t clr_msgfmt_argument_names(const clr_message_format *format, char *out, int32_t capacity,
                                  int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
