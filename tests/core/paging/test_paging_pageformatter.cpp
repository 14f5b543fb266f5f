// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// SMS texts of the paging engine: the page, bundles, confirmations and hints; two segments at
// most, GSM-7 whenever the content allows it; texts in the recipient's language.
#include "core/paging/pageformatter.h"
#include "core/paging/pagingtext.h"
#include "core/twilio/segments.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using Vortex::Core::Twilio::SegmentCount;
using Vortex::Core::Twilio::SmsEncoding;
using Vortex::Core::Twilio::SmsSegments;

namespace {

const QString English = QStringLiteral("en");

Incident incident(const QString &code, Severity severity, const QString &title,
                  const QString &summary = {}, const QString &link = {})
{
    Incident i;
    i.id = code.toLongLong();
    i.code = code;
    i.severity = severity;
    i.title = title;
    i.summary = summary;
    i.link = link;
    return i;
}

Incident checkout()
{
    return incident(QStringLiteral("17"), Severity::Sev1, QStringLiteral("Checkout API down"),
                    QStringLiteral("Error rate 45% on checkout-api in eu-west-1 since 01:58 UTC."),
                    QStringLiteral("https://vx.example.com/i/17"));
}

QString words(int count, const QString &word)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(word + QString::number(i));
    return list.join(QLatin1Char(' '));
}

QString longLink(int length)
{
    QString link = QStringLiteral("https://vx.example.com/incidents/17?");
    while (link.size() < length)
        link += QStringLiteral("k%1=v&").arg(link.size());
    return link.left(length);
}

QString hint(const QString &code)
{
    return QStringLiteral("Reply ACK %1, RESOLVE %1, SNOOZE %1 30").arg(code);
}

void expectAtMostTwoSegments(const QString &text)
{
    const SegmentCount count = SmsSegments::count(text);
    EXPECT_LE(count.segments, 2) << text.toStdString();
    EXPECT_GE(count.segments, 1) << text.toStdString();
    if (count.encoding == SmsEncoding::Ucs2)
        EXPECT_LE(count.units, 134) << text.toStdString();
    else
        EXPECT_LE(count.units, 306) << text.toStdString();
}

SmsEncoding encoding(const QString &text)
{
    return SmsSegments::count(text).encoding;
}

} // namespace

TEST(PageFormatter, PageIsSeverityCodeTitleSummaryLinkAndReplyHint)
{
    const QString text = PageFormatter::page(checkout(), English);
    EXPECT_EQ(text, QStringLiteral("SEV1 #17 Checkout API down: Error rate 45% on checkout-api in "
                                   "eu-west-1 since 01:58 UTC.\nhttps://vx.example.com/i/17\n")
                        + hint(QStringLiteral("17")));
    EXPECT_EQ(SmsSegments::count(text).segments, 1);
    EXPECT_EQ(encoding(text), SmsEncoding::Gsm7);

    Incident bare = incident(QStringLiteral("5"), Severity::Sev3, QStringLiteral("Disk 91%"));
    EXPECT_EQ(PageFormatter::page(bare, English),
              QStringLiteral("SEV3 #5 Disk 91%\n") + hint(QStringLiteral("5")));
    bare.title.clear();
    bare.summary = QStringLiteral("no title given");
    EXPECT_EQ(PageFormatter::page(bare, English),
              QStringLiteral("SEV3 #5 no title given\n") + hint(QStringLiteral("5")));
}

TEST(PageFormatter, LongSummaryIsShortenedFirst)
{
    Incident i = checkout();
    i.summary = words(120, QStringLiteral("detail"));
    const QString text = PageFormatter::page(i, English);
    expectAtMostTwoSegments(text);
    EXPECT_EQ(SmsSegments::count(text).segments, 2) << "the room is used, not thrown away";
    EXPECT_TRUE(text.startsWith(QStringLiteral("SEV1 #17 Checkout API down: detail0 detail1")));
    EXPECT_TRUE(text.contains(QStringLiteral("...\nhttps://vx.example.com/i/17\n")));
    EXPECT_TRUE(text.endsWith(hint(QStringLiteral("17"))));
}

TEST(PageFormatter, LongTitleIsShortenedAfterTheSummaryIsGone)
{
    Incident i = checkout();
    i.title = words(80, QStringLiteral("title"));
    i.summary = words(80, QStringLiteral("summary"));
    i.runbook = words(500, QStringLiteral("step"));
    const QString text = PageFormatter::page(i, English);
    expectAtMostTwoSegments(text);
    EXPECT_FALSE(text.contains(QStringLiteral("summary0")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("SEV1 #17 title0 title1")));
    EXPECT_TRUE(text.contains(QStringLiteral("...\nhttps://vx.example.com/i/17\n")));
    EXPECT_TRUE(text.endsWith(hint(QStringLiteral("17"))));
    EXPECT_FALSE(text.contains(QStringLiteral("step1"))) << "the runbook is for the call";
}

TEST(PageFormatter, LongLinkIsKeptWhole)
{
    Incident i = checkout();
    i.title = words(40, QStringLiteral("title"));
    i.summary = words(40, QStringLiteral("summary"));
    i.link = longLink(200);
    const QString text = PageFormatter::page(i, English);
    expectAtMostTwoSegments(text);
    EXPECT_TRUE(text.contains(QLatin1Char('\n') + i.link + QLatin1Char('\n')));
    EXPECT_TRUE(text.startsWith(QStringLiteral("SEV1 #17 title0")));
    EXPECT_TRUE(text.endsWith(hint(QStringLiteral("17"))));
}

TEST(PageFormatter, LinkThatCannotFitIsLeftOutNotCut)
{
    Incident i = checkout();
    i.link = longLink(400);
    const QString text = PageFormatter::page(i, English);
    expectAtMostTwoSegments(text);
    EXPECT_FALSE(text.contains(QStringLiteral("https://")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("SEV1 #17 Checkout API down")));
    EXPECT_TRUE(text.endsWith(hint(QStringLiteral("17"))));
}

TEST(PageFormatter, TypographicPunctuationBecomesGsm7)
{
    Incident i = incident(
        QStringLiteral("42"), Severity::Sev2,
        QStringLiteral("\u201CPayments\u201D \u2013 d\u00E9j\u00E0 vu\u2026"),
        QStringLiteral("It\u2019s the \u2018eu\u2011west\u2019\u00A0region \u2014 "
                       "r\u00EAve\u00A0\u00BBstuck\u00AB \U0001F525\uFE0F \u2265 5\u00D7"),
        QStringLiteral("https://vx.example.com/i/42"));
    const QString text = PageFormatter::page(i, English);
    EXPECT_EQ(encoding(text), SmsEncoding::Gsm7) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("SEV2 #42 \"Payments\" - d\u00E9j\u00E0 vu...: It's "
                                               "the 'eu-west' region - reve \"stuck\"")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(">= 5x")));
    expectAtMostTwoSegments(text);
}

TEST(PageFormatter, GsmSafeTransliteratesOnlyWhenThatMakesItAllGsm7)
{
    EXPECT_EQ(PageFormatter::gsmSafe(QStringLiteral("\u201CHi\u201D \u2013 \u00E7a\u2026 \u00BD")),
              QStringLiteral("\"Hi\" - ca... 1/2"));
    EXPECT_EQ(PageFormatter::gsmSafe(QStringLiteral("\uFB01le \u0142\u00F3d\u017A \u2192 ok")),
              QStringLiteral("file lodz -> ok"));
    EXPECT_EQ(PageFormatter::gsmSafe(QStringLiteral("ok \U0001F44D\U0001F3FD")),
              QStringLiteral("ok "));
    const QString cyrillic
        = QStringLiteral("\u201C\u0411\u0430\u0437\u0430\u201D \u2013 \u0441\u0431\u043E\u0439");
    EXPECT_EQ(PageFormatter::gsmSafe(cyrillic), cyrillic) << "UCS-2 keeps every character";
    EXPECT_EQ(PageFormatter::gsmSafe(QStringLiteral("\u00C4rger \u00DF {x} \u20AC5")),
              QStringLiteral("\u00C4rger \u00DF {x} \u20AC5"));
}

TEST(PageFormatter, ContentThatNeedsUcs2StaysUcs2WithinTwoSegments)
{
    Incident i = incident(
        QStringLiteral("1234"), Severity::Sev1,
        QStringLiteral(
            "\u0421\u0431\u043E\u0439 \u043E\u043F\u043B\u0430\u0442\u044B ") // Сбой оплаты
            + words(20, QStringLiteral("\u0443\u0437\u0435\u043B")),          // узел
        QStringLiteral("\u652F\u4ED8\u670D\u52A1\u4E0D\u53EF\u7528").repeated(20), // CJK
        QStringLiteral("https://vx.example.com/i/1234"));
    const QString text = PageFormatter::page(i, English);
    EXPECT_EQ(encoding(text), SmsEncoding::Ucs2);
    expectAtMostTwoSegments(text);
    EXPECT_TRUE(text.startsWith(QStringLiteral("SEV1 #1234 \u0421\u0431\u043E\u0439")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nhttps://vx.example.com/i/1234\n")));
    EXPECT_TRUE(text.endsWith(hint(QStringLiteral("1234"))));
}

TEST(PageFormatter, BundleOfTenFitsTwoSegmentsWithEveryCodeMostSevereFirst)
{
    QList<Incident> incidents;
    for (int n = 0; n < 10; ++n)
        incidents.append(incident(QString::number(100 + n),
                                  n == 6 ? Severity::Sev1 : Severity::Sev3,
                                  words(12, QStringLiteral("Problem%1-").arg(n)),
                                  words(30, QStringLiteral("summary")), longLink(80)));
    const QString text = PageFormatter::bundle(incidents, English);
    expectAtMostTwoSegments(text);
    EXPECT_EQ(encoding(text), SmsEncoding::Gsm7);
    EXPECT_TRUE(text.startsWith(QStringLiteral("10 alerts: SEV1 #106 Problem6-0")))
        << "titles are shortened, not dropped, while there is room: " << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("...")), 10);
    for (int n = 0; n < 10; ++n)
        EXPECT_TRUE(text.contains(QStringLiteral("#%1").arg(100 + n))) << n;
    EXPECT_TRUE(text.endsWith(QStringLiteral("Reply e.g. ACK 106, RESOLVE 106, SNOOZE 106 30")));
    EXPECT_FALSE(text.contains(QStringLiteral("more")));
}

TEST(PageFormatter, BundleKeepsShortTitlesWhenThereIsRoom)
{
    const QList<Incident> incidents{
        incident(QStringLiteral("17"), Severity::Sev2, QStringLiteral("Checkout down")),
        incident(QStringLiteral("18"), Severity::Sev2, QStringLiteral("DB slow"))};
    EXPECT_EQ(PageFormatter::bundle(incidents, English),
              QStringLiteral("2 alerts: SEV2 #17 Checkout down; SEV2 #18 DB slow\n"
                             "Reply e.g. ACK 17, RESOLVE 17, SNOOZE 17 30"));
    EXPECT_EQ(PageFormatter::bundle({checkout()}, English),
              PageFormatter::page(checkout(), English));
    EXPECT_TRUE(PageFormatter::bundle({}, English).isEmpty());
}

TEST(PageFormatter, HugeBundleSaysHowManyMore)
{
    QList<Incident> incidents;
    for (int n = 0; n < 40; ++n)
        incidents.append(
            incident(QString::number(1000 + n), Severity::Sev2, QStringLiteral("Title %1").arg(n)));
    const QString text = PageFormatter::bundle(incidents, English);
    expectAtMostTwoSegments(text);
    EXPECT_TRUE(text.startsWith(QStringLiteral("40 alerts: SEV2 #1000; SEV2 #1001")));
    EXPECT_TRUE(text.contains(QStringLiteral(" more\nReply e.g. ACK 1000")));
    const qsizetype listed = text.count(QStringLiteral("SEV2 #"));
    EXPECT_GT(listed, 5);
    EXPECT_TRUE(text.contains(QStringLiteral("+%1 more").arg(40 - listed))) << text.toStdString();
}

TEST(PageFormatter, WhichIncidentListsTheOpenCodes)
{
    const QList<Incident> open{
        incident(QStringLiteral("17"), Severity::Sev1, QStringLiteral("Checkout down")),
        incident(QStringLiteral("18"), Severity::Sev2, QStringLiteral("DB slow")),
        incident(QStringLiteral("19"), Severity::Sev4, QStringLiteral("Cert expires"))};
    EXPECT_EQ(PageFormatter::whichIncident(open, QStringLiteral("ack"), English),
              QStringLiteral("Which incident? Reply with its code, e.g. ACK 17: #17 Checkout "
                             "down; #18 DB slow; #19 Cert expires"));

    QList<Incident> many;
    for (int n = 0; n < 60; ++n)
        many.append(
            incident(QString::number(200 + n), Severity::Sev2, words(10, QStringLiteral("word"))));
    const QString text = PageFormatter::whichIncident(many, QStringLiteral("RESOLVE"), English);
    expectAtMostTwoSegments(text);
    EXPECT_TRUE(text.contains(QStringLiteral("RESOLVE 200")));
    EXPECT_TRUE(text.contains(QStringLiteral("#200; #201")));
    EXPECT_TRUE(text.contains(QStringLiteral(" more"))) << text.toStdString();

    EXPECT_EQ(PageFormatter::whichIncident({}, QStringLiteral("ACK"), English),
              PageFormatter::noOpenIncident(English));
}

TEST(PageFormatter, NotPagedForNamesTheCodeAndTheOpenOnes)
{
    const QList<Incident> open{
        incident(QStringLiteral("17"), Severity::Sev1, QStringLiteral("Checkout down")),
        incident(QStringLiteral("18"), Severity::Sev2, QStringLiteral("DB slow"))};
    EXPECT_EQ(PageFormatter::notPagedFor(QStringLiteral("99"), open, English),
              QStringLiteral("#99 is not an open incident paged to this number. Open: #17; #18"));
    EXPECT_EQ(PageFormatter::notPagedFor(QStringLiteral("99"), {}, English),
              QStringLiteral("#99 is not an open incident paged to this number."));
}

TEST(PageFormatter, SnoozedShowsTheRecipientsLocalTimeNotTheMachines)
{
    const QDateTime until(QDate(2025, 1, 15), QTime(13, 30), QTimeZone::utc());
    const Incident i = checkout();
    const QString newYork
        = PageFormatter::snoozed(i, until, QStringLiteral("America/New_York"), English);
    const QString tokyo = PageFormatter::snoozed(i, until, QStringLiteral("Asia/Tokyo"), English);
    const QString berlinSummer
        = PageFormatter::snoozed(i, QDateTime(QDate(2025, 7, 15), QTime(13, 30), QTimeZone::utc()),
                                 QStringLiteral("Europe/Berlin"), English);
    EXPECT_EQ(newYork, QStringLiteral("#17 Checkout API down: snoozed until Wed 08:30 EST, then "
                                      "it pages again."));
    EXPECT_TRUE(tokyo.contains(QStringLiteral("until Wed 22:30 "))) << tokyo.toStdString();
    EXPECT_TRUE(berlinSummer.contains(QStringLiteral("until Tue 15:30 ")))
        << berlinSummer.toStdString();
    // An unknown zone falls back to UTC.
    EXPECT_TRUE(PageFormatter::snoozed(i, until, QStringLiteral("Mars/Olympus"), English)
                    .contains(QStringLiteral("until Wed 13:30 UTC")));
    // German: the sentence and its weekday are German, the zone still the recipient's.
    const QString german = PageFormatter::snoozed(i, until, QStringLiteral("America/New_York"),
                                                  QStringLiteral("de"));
    EXPECT_EQ(german,
              QStringLiteral("#17 Checkout API down: zur\u00FCckgestellt bis Mi. 08:30 EST, "
                             "danach wird erneut alarmiert."));
    EXPECT_EQ(encoding(german), SmsEncoding::Gsm7) << german.toStdString();
    // A time given in another zone is the same instant.
    const QDateTime sameInstant = until.toTimeZone(QTimeZone("Australia/Sydney"));
    EXPECT_EQ(PageFormatter::snoozed(i, sameInstant, QStringLiteral("America/New_York"), English),
              newYork);
}

TEST(PageFormatter, ConfirmationsNameIncidentAndActor)
{
    const Incident i = checkout();
    EXPECT_EQ(PageFormatter::acknowledged(i, QStringLiteral("Alice"), English),
              QStringLiteral("#17 Checkout API down: acknowledged by Alice. Escalation stopped."));
    EXPECT_EQ(PageFormatter::acknowledged(i, {}, English),
              QStringLiteral("#17 Checkout API down: acknowledged. Escalation stopped."));
    EXPECT_EQ(PageFormatter::resolved(i, QStringLiteral("Bob"), English),
              QStringLiteral("#17 Checkout API down: resolved by Bob."));
    EXPECT_EQ(PageFormatter::escalated(i, English),
              QStringLiteral("#17 Checkout API down: escalated, the next tier is being paged."));
    Incident untitled = i;
    untitled.title.clear();
    EXPECT_EQ(PageFormatter::resolved(untitled, {}, English), QStringLiteral("#17: resolved."));
}

TEST(PageFormatter, ConfirmationsShortenLongTitlesAndStayGsm7)
{
    Incident i = checkout();
    i.title = QStringLiteral("\u201CBig\u201D ") + words(100, QStringLiteral("word"));
    const QString name = QStringLiteral("Zo\u00EB \u2014 ") + words(30, QStringLiteral("name"));
    for (const QString &text :
         {PageFormatter::acknowledged(i, name, English), PageFormatter::resolved(i, name, English),
          PageFormatter::escalated(i, English),
          PageFormatter::snoozed(i, QDateTime::currentDateTimeUtc(), QStringLiteral("UTC"),
                                 English)}) {
        expectAtMostTwoSegments(text);
        EXPECT_EQ(encoding(text), SmsEncoding::Gsm7) << text.toStdString();
        EXPECT_TRUE(text.startsWith(QStringLiteral("#17 \"Big\" word0"))) << text.toStdString();
    }
}

TEST(PageFormatter, HelpAndHintsFitOneSegment)
{
    for (const QString &text :
         {PageFormatter::help(English), PageFormatter::noOpenIncident(English),
          PageFormatter::replyError(ReplyParser::parse(QStringLiteral("snooze 17 9999")),
                                    English)}) {
        EXPECT_EQ(SmsSegments::count(text).encoding, SmsEncoding::Gsm7) << text.toStdString();
        EXPECT_LE(SmsSegments::count(text).segments, 2) << text.toStdString();
    }
    EXPECT_TRUE(PageFormatter::help(English).contains(QStringLiteral("ACK 17")));
    EXPECT_EQ(
        PageFormatter::replyError(ReplyParser::parse(QStringLiteral("snooze 17 9999")), English),
        QStringLiteral("Could not read your reply: minutes must be 1-1440. Reply HELP for "
                       "how to reply."));
}

TEST(PagingText, CatalogLanguageFollowsTheEmbeddedTranslations)
{
    EXPECT_EQ(PagingText::catalogLanguage(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(PagingText::catalogLanguage(QStringLiteral("de-DE")), QStringLiteral("de"));
    EXPECT_EQ(PagingText::catalogLanguage(QStringLiteral("DE_at")), QStringLiteral("de"));
    EXPECT_EQ(PagingText::catalogLanguage(QStringLiteral("en-GB")), QStringLiteral("en"));
    EXPECT_EQ(PagingText::catalogLanguage(QStringLiteral("fr")), QStringLiteral("en"));
    EXPECT_EQ(PagingText::catalogLanguage(QString()), QStringLiteral("en"));
}

TEST(PagingText, TranslatesPerLanguageWithoutTouchingTheApplication)
{
    // Strings the German catalog already has (other contexts): the per-language translator
    // works, plural forms included.
    const char *source = "Twilio did not answer in time.";
    EXPECT_EQ(PagingText::translate(QStringLiteral("de-DE"), "TwilioError", source),
              QStringLiteral("Twilio hat nicht rechtzeitig geantwortet."));
    EXPECT_EQ(PagingText::translate(QStringLiteral("en"), "TwilioError", source),
              QString::fromUtf8(source));
    EXPECT_EQ(PagingText::translate(QStringLiteral("fr"), "TwilioError", source),
              QString::fromUtf8(source));
    const char *plural = "%n message(s)";
    EXPECT_EQ(PagingText::translate(QStringLiteral("de"), "Vortex::Ui::MessagesPanel", plural, 1),
              QStringLiteral("1 Nachricht"));
    EXPECT_EQ(PagingText::translate(QStringLiteral("de"), "Vortex::Ui::MessagesPanel", plural, 3),
              QStringLiteral("3 Nachrichten"));
    EXPECT_EQ(PagingText::translate(QStringLiteral("en"), "Vortex::Ui::MessagesPanel", plural, 1),
              QStringLiteral("1 message"));
    EXPECT_EQ(PagingText::translate(QStringLiteral("xx"), "Nowhere", "%n thing(s)", 2),
              QStringLiteral("2 thing(s)"));
    // The application's own language is untouched: no translator was installed.
    EXPECT_EQ(QCoreApplication::translate("TwilioError", source), QString::fromUtf8(source));
}

TEST(PagingText, LanguagesWithoutTranslationsFallBackToEnglish)
{
    const Incident i = checkout();
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("xx-YY"), QString()}) {
        EXPECT_EQ(PageFormatter::page(i, language), PageFormatter::page(i, English));
        EXPECT_EQ(PageFormatter::help(language), PageFormatter::help(English));
        EXPECT_EQ(PageFormatter::acknowledged(i, QStringLiteral("Al"), language),
                  PageFormatter::acknowledged(i, QStringLiteral("Al"), English));
    }
    // German uses its catalog; the page keeps its shape and limits.
    const QString german = PageFormatter::page(i, QStringLiteral("de"));
    expectAtMostTwoSegments(german);
    EXPECT_TRUE(german.startsWith(QStringLiteral("SEV1 #17 Checkout API down: ")))
        << german.toStdString();
    EXPECT_TRUE(german.contains(i.link));
    EXPECT_TRUE(german.endsWith(QStringLiteral("\nAntwort: ACK 17, RESOLVE 17, SNOOZE 17 30")))
        << german.toStdString();
}

TEST(PagingText, GermanRepliesAreGsm7AndKeepTheEnglishVerbs)
{
    const QString de = QStringLiteral("de-DE");
    const Incident i = checkout();
    const QString help = PageFormatter::help(de);
    EXPECT_NE(help, PageFormatter::help(English));
    for (const QString &verb : {QStringLiteral("ACK 17"), QStringLiteral("RESOLVE 17"),
                                QStringLiteral("SNOOZE 17 30"), QStringLiteral("STOP")})
        EXPECT_TRUE(help.contains(verb)) << help.toStdString();
    const QString replyError
        = PageFormatter::replyError(ReplyParser::parse(QStringLiteral("snooze 17 9999")), de);
    EXPECT_EQ(replyError, QStringLiteral("Antwort nicht verstanden: erlaubt sind 1-1440 Minuten. "
                                         "Senden Sie HELP f\u00FCr eine Anleitung."));
    EXPECT_EQ(
        PageFormatter::acknowledged(i, QStringLiteral("Alice"), de),
        QStringLiteral("#17 Checkout API down: von Alice best\u00E4tigt. Eskalation gestoppt."));
    const QList<Incident> open{
        incident(QStringLiteral("17"), Severity::Sev1, QStringLiteral("Checkout down")),
        incident(QStringLiteral("18"), Severity::Sev2, QStringLiteral("DB slow"))};
    const QString bundle = PageFormatter::bundle(open, de);
    EXPECT_TRUE(bundle.startsWith(QStringLiteral("2 Alarme: SEV1 #17"))) << bundle.toStdString();
    for (const QString &text : {help, replyError, bundle, PageFormatter::noOpenIncident(de),
                                PageFormatter::notPagedFor(QStringLiteral("99"), open, de),
                                PageFormatter::whichIncident(open, QStringLiteral("ack"), de),
                                PageFormatter::resolved(i, QStringLiteral("Bob"), de),
                                PageFormatter::escalated(i, de), PageFormatter::page(i, de)}) {
        EXPECT_NE(text, QString()) << "empty German text";
        EXPECT_EQ(encoding(text), SmsEncoding::Gsm7) << text.toStdString();
        expectAtMostTwoSegments(text);
    }
}
