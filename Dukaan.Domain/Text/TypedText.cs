using System.Globalization;
using System.Text;

namespace Dukaan.Domain.Text;

/// <summary>
/// Cleans what people type before it is stored or compared: NFC form, no control or invisible formatting
/// characters (zero-width spaces, right-to-left overrides), white space folded. The joiners that Indian scripts
/// need (U+200C, U+200D) are kept.
/// </summary>
public static class TypedText
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>One line: every run of white space (newlines too) becomes one space; trimmed.</summary>
    public static string CleanLine(string? input)
    {
        var kept = KeepVisible(input, keepNewlines: false);
        return string.Join(' ', kept.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Several lines (an address, a note): spaces folded within each line, blank lines dropped.</summary>
    public static string CleanLines(string? input)
    {
        var lines = KeepVisible(input, keepNewlines: true).Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>True when the text has something to see: a letter, digit, mark, symbol or punctuation.</summary>
    public static bool HasVisible(string text) =>
        text.Any(c => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse));

    /// <summary>Length as PostgreSQL counts it (code points), so an emoji counts once.</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>Turns any decimal digit (Devanagari ०-९, Arabic-Indic, full-width...) into its ASCII digit.</summary>
    public static string AsciiDigits(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return input ?? "";
        }

        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            var otherDigit = !char.IsAsciiDigit(c)
                && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
            builder.Append(otherDigit ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c);
        }

        return builder.ToString();
    }

    private static string KeepVisible(string? input, bool keepNewlines)
    {
        var text = (input ?? "").Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' && keepNewlines)
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsInvisible(char c)
    {
        if (c is ZeroWidthNonJoiner or ZeroWidthJoiner)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse;
    }
}
