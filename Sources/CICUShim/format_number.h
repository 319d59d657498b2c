// The formatted-number handle, shared by format_number.cpp and format_plural.cpp (private).
#ifndef CLR_FORMAT_NUMBER_H
#define CLR_FORMAT_NUMBER_H

#include "clr_format.h"

#include <unicode/numberformatter.h>

/// Keeps ICU's result so its text, output unit and plural operands can all be read from it.
struct clr_formatted_number {
    icu::number::FormattedNumber number;
};

#endif
