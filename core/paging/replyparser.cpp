// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "replyparser.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace Vortex::Core::Paging::ReplyParser {

namespace {

// The error texts are English sources in the "PagingText" context; PageFormatter::replyError()
// translates them into the replier's language.
const char *const MinutesOutOfRange = QT_TRANSLATE_NOOP("PagingText", "minutes must be 1-1440");
const char *const CodeTooLong
    = QT_TRANSLATE_NOOP("PagingText", "an incident code has 1 to 4 digits");
const char *const OneCodeOnly = QT_TRANSLATE_NOOP("PagingText", "one incident code at a time");
const char *const OnlySnoozeHasMinutes
    = QT_TRANSLATE_NOOP("PagingText", "only SNOOZE takes minutes");
const char *const TooManyNumbers = QT_TRANSLATE_NOOP("PagingText", "too many numbers");

constexpr int MaxCodeDigits = 4;

struct Token
{
    enum class Kind { Word, Number };
    Kind kind = Kind::Word;
    QString text;        ///< case-folded word, or ASCII digits
    bool hash = false;   ///< a number written "#17"
    bool joined = false; ///< no separator before it ("30m", "ack17", "1h30")
};

/// Splits the message into words and digit runs; everything else (spaces, quotes of any kind,
/// punctuation, emoji) separates them. NFKC first, so full-width "ＡＣＫ　１７" reads as "ACK 17".
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    bool pendingHash = false;
    bool separated = true;
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KC).toUcs4();
    for (const uint uc : codePoints) {
        const auto cp = static_cast<char32_t>(uc);
        const bool letter = QChar::isLetter(cp)
                            || (QChar::isMark(cp) && !tokens.isEmpty() && !separated
                                && tokens.last().kind == Token::Kind::Word);
        const int digit = QChar::isDigit(cp) ? QChar::digitValue(cp) : -1;
        const Token::Kind kind = letter ? Token::Kind::Word : Token::Kind::Number;
        if (letter || digit >= 0) {
            if (!separated && !tokens.isEmpty() && tokens.last().kind == kind) {
                tokens.last().text += letter ? QString::fromUcs4(&cp, 1).toCaseFolded()
                                             : QString(QChar(u'0' + digit));
            } else {
                Token token;
                token.kind = kind;
                token.text = letter ? QString::fromUcs4(&cp, 1).toCaseFolded()
                                    : QString(QChar(u'0' + digit));
                token.hash = !letter && pendingHash;
                token.joined = !separated && !tokens.isEmpty();
                tokens.append(token);
            }
            pendingHash = false;
            separated = false;
            continue;
        }
        separated = true;
        if (cp == U'#' || cp == U'＃')
            pendingHash = true;
        else if (!QChar::isSpace(cp))
            pendingHash = false;
    }
    return tokens;
}

enum class WordClass {
    Ack,
    Resolve,
    Snooze,
    Stop,
    Start,
    Help,
    Filler,
    MinuteUnit,
    HourUnit,
    Other
};

WordClass classify(const QString &word)
{
    static const QHash<QString, WordClass> words = [] {
        QHash<QString, WordClass> w;
        for (const char *s : {"ack", "acked", "ackd", "acknowledge", "acknowledged"})
            w.insert(QLatin1String(s), WordClass::Ack);
        for (const char *s : {"resolve", "resolved"})
            w.insert(QLatin1String(s), WordClass::Resolve);
        for (const char *s : {"snooze", "snoozed"})
            w.insert(QLatin1String(s), WordClass::Snooze);
        for (const char *s :
             {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"})
            w.insert(QLatin1String(s), WordClass::Stop);
        for (const char *s : {"start", "yes", "unstop"})
            w.insert(QLatin1String(s), WordClass::Start);
        for (const char *s : {"help", "info"})
            w.insert(QLatin1String(s), WordClass::Help);
        for (const char *s : {"for", "incident", "please", "pls"})
            w.insert(QLatin1String(s), WordClass::Filler);
        for (const char *s : {"m", "min", "mins", "minute", "minutes", "minuten"})
            w.insert(QLatin1String(s), WordClass::MinuteUnit);
        for (const char *s : {"h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden"})
            w.insert(QLatin1String(s), WordClass::HourUnit);
        return w;
    }();
    return words.value(word, WordClass::Other);
}

/// "0017" → "17", "0" → "0".
QString withoutLeadingZeros(const QString &digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == u'0')
        ++i;
    return digits.mid(i);
}

/// Minutes a digit string stands for, or -1 when it is far out of range (no overflow).
int toMinutes(const QString &digits, int factor)
{
    const QString n = withoutLeadingZeros(digits);
    if (n.size() > 6)
        return -1;
    return n.toInt() * factor;
}

bool validMinutes(int minutes)
{
    return minutes >= MinSnoozeMinutes && minutes <= MaxSnoozeMinutes;
}

struct Numbers
{
    QStringList hashed;      ///< "#17"
    QStringList plain;       ///< "17"
    QList<int> durations;    ///< "30m", "2h", "1h30" in minutes (-1: out of range)
    int unattachedUnits = 0; ///< "min" with no number before it
};

} // namespace

ReplyCommand parse(const QString &text)
{
    ReplyCommand command;
    const QList<Token> tokens = tokenize(text);

    // Opt-out, opt-in and help keywords count only as the whole message, as Twilio reads them.
    if (tokens.size() == 1 && tokens.first().kind == Token::Kind::Word) {
        switch (classify(tokens.first().text)) {
        case WordClass::Stop:
            command.action = ReplyCommand::Action::Stop;
            return command;
        case WordClass::Start:
            command.action = ReplyCommand::Action::Start;
            return command;
        case WordClass::Help:
            command.action = ReplyCommand::Action::Help;
            return command;
        default:
            break;
        }
    }

    std::optional<ReplyCommand::Action> verb;
    Numbers numbers;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.kind == Token::Kind::Number) {
            const Token *next = i + 1 < tokens.size() ? &tokens.at(i + 1) : nullptr;
            const WordClass unit
                = next && next->kind == Token::Kind::Word ? classify(next->text) : WordClass::Other;
            if (unit == WordClass::MinuteUnit) {
                numbers.durations.append(toMinutes(token.text, 1));
                ++i;
            } else if (unit == WordClass::HourUnit) {
                int minutes = toMinutes(token.text, 60);
                ++i;
                // "1h30", "1h30m", "1h 30m": minutes right after the hours, joined or with
                // their own unit.
                const auto isMinuteUnit = [&tokens](qsizetype at) {
                    return at < tokens.size() && tokens.at(at).kind == Token::Kind::Word
                           && classify(tokens.at(at).text) == WordClass::MinuteUnit;
                };
                if (i + 1 < tokens.size() && tokens.at(i + 1).kind == Token::Kind::Number
                    && !tokens.at(i + 1).hash && (tokens.at(i + 1).joined || isMinuteUnit(i + 2))) {
                    const int extra = toMinutes(tokens.at(i + 1).text, 1);
                    minutes = minutes < 0 || extra < 0 ? -1 : minutes + extra;
                    ++i;
                    if (isMinuteUnit(i + 1))
                        ++i;
                }
                numbers.durations.append(minutes);
            } else if (token.hash) {
                numbers.hashed.append(token.text);
            } else {
                numbers.plain.append(token.text);
            }
            continue;
        }
        std::optional<ReplyCommand::Action> wordVerb;
        switch (classify(token.text)) {
        case WordClass::Ack:
            wordVerb = ReplyCommand::Action::Ack;
            break;
        case WordClass::Resolve:
            wordVerb = ReplyCommand::Action::Resolve;
            break;
        case WordClass::Snooze:
            wordVerb = ReplyCommand::Action::Snooze;
            break;
        case WordClass::Filler:
            continue;
        case WordClass::MinuteUnit:
        case WordClass::HourUnit:
            ++numbers.unattachedUnits;
            continue;
        default:
            return {}; // a word we do not know: a sentence, not a command
        }
        if (verb)
            return {}; // two verbs ("ack or resolve?") are not a command either
        verb = wordVerb;
    }
    if (!verb || numbers.unattachedUnits > 0)
        return {};

    command.action = *verb;
    const auto failWith = [&command](const char *error) {
        command.error = QString::fromUtf8(error);
        return command;
    };
    const auto setCode = [&command](const QString &digits) {
        command.code = withoutLeadingZeros(digits);
        return command.code.size() <= MaxCodeDigits;
    };

    if (*verb != ReplyCommand::Action::Snooze) {
        if (!numbers.durations.isEmpty())
            return failWith(OnlySnoozeHasMinutes);
        const QStringList codes = numbers.hashed + numbers.plain;
        if (codes.size() > 1)
            return failWith(OneCodeOnly);
        if (codes.size() == 1 && !setCode(codes.first()))
            return failWith(CodeTooLong);
        return command;
    }

    if (numbers.hashed.size() > 1)
        return failWith(OneCodeOnly);
    if (numbers.durations.size() > 1)
        return failWith(TooManyNumbers);
    std::optional<QString> code;
    std::optional<int> minutes;
    if (!numbers.hashed.isEmpty())
        code = numbers.hashed.first();
    if (!numbers.durations.isEmpty())
        minutes = numbers.durations.first();
    QStringList plain = numbers.plain;
    if (code && minutes && !plain.isEmpty())
        return failWith(TooManyNumbers);
    if (code || minutes) {
        if (plain.size() > 1)
            return failWith(TooManyNumbers);
        if (!plain.isEmpty()) {
            if (code)
                minutes = toMinutes(plain.first(), 1);
            else
                code = plain.first();
        }
    } else if (plain.size() == 2) {
        code = plain.at(0);
        minutes = toMinutes(plain.at(1), 1);
    } else if (plain.size() > 2) {
        return failWith(TooManyNumbers);
    } else if (plain.size() == 1) {
        const QString bare = withoutLeadingZeros(plain.first());
        if (bare.size() > MaxCodeDigits)
            return failWith(MinutesOutOfRange); // too long for a code: meant as minutes
        command.bareNumber = bare;
    }
    if (code && !setCode(*code))
        return failWith(CodeTooLong);
    if (minutes) {
        if (!validMinutes(*minutes))
            return failWith(MinutesOutOfRange);
        command.minutes = minutes;
    }
    return command;
}

QString actionName(ReplyCommand::Action action)
{
    switch (action) {
    case ReplyCommand::Action::Ack:
        return QStringLiteral("ack");
    case ReplyCommand::Action::Resolve:
        return QStringLiteral("resolve");
    case ReplyCommand::Action::Snooze:
        return QStringLiteral("snooze");
    case ReplyCommand::Action::Stop:
        return QStringLiteral("stop");
    case ReplyCommand::Action::Start:
        return QStringLiteral("start");
    case ReplyCommand::Action::Help:
        return QStringLiteral("help");
    case ReplyCommand::Action::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Vortex::Core::Paging::ReplyParser
