// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The SMS reply grammar (docs/paging-texts.md): one table of what people really type.
#include "core/paging/replyparser.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace Vortex::Core::Paging;
using Action = ReplyCommand::Action;

namespace {

struct Row
{
    const char *text; ///< UTF-8
    Action action;
    const char *code = "";
    std::optional<int> minutes = std::nullopt;
    const char *bareNumber = "";
    const char *error = "";
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << '"' << row.text << '"';
}

const Row Rows[] = {
    // ACK: verb before or after the code, any case, quotes, hash, punctuation.
    {"ACK 17", Action::Ack, "17"},
    {"ack 17", Action::Ack, "17"},
    {"17 ack", Action::Ack, "17"},
    {"ack #17", Action::Ack, "17"},
    {"#17 ACK", Action::Ack, "17"},
    {"\"Ack 17\"", Action::Ack, "17"},
    {"\u201CAck 17\u201D", Action::Ack, "17"},
    {"\u2018ack\u2019 \u00AB17\u00BB", Action::Ack, "17"},
    {"`ack` '17'", Action::Ack, "17"},
    {"  ACK   17  ", Action::Ack, "17"},
    {"ACK17", Action::Ack, "17"},
    {"17ACK", Action::Ack, "17"},
    {"ack#17", Action::Ack, "17"},
    {"ack # 17", Action::Ack, "17"},
    {"ack: 17!", Action::Ack, "17"},
    {"Ack-17.", Action::Ack, "17"},
    {"acknowledge 17", Action::Ack, "17"},
    {"Acknowledged #17", Action::Ack, "17"},
    {"ack.", Action::Ack},
    {"ACK", Action::Ack},
    {"ack please", Action::Ack},
    {"ack incident 17", Action::Ack, "17"},
    {"ack #017", Action::Ack, "17"},
    {"ack 0", Action::Ack, "0"},
    {"ack 1234", Action::Ack, "1234"},
    {"\uFF21\uFF23\uFF2B\u3000\uFF11\uFF17", Action::Ack, "17"}, // full-width "ＡＣＫ　１７"
    {"ack 17 \U0001F44D", Action::Ack, "17"},
    {"ack 12345", Action::Ack, "12345", std::nullopt, "", "an incident code has 1 to 4 digits"},
    {"ack 17 18", Action::Ack, "", std::nullopt, "", "one incident code at a time"},
    {"ack #17 #18", Action::Ack, "", std::nullopt, "", "one incident code at a time"},
    {"ack 17 30m", Action::Ack, "", std::nullopt, "", "only SNOOZE takes minutes"},
    // RESOLVE
    {"RESOLVE 17", Action::Resolve, "17"},
    {"resolved #17", Action::Resolve, "17"},
    {"17 resolved", Action::Resolve, "17"},
    {"Resolve", Action::Resolve},
    {"\"resolved.\"", Action::Resolve},
    // SNOOZE: code, minutes, or a bare number the engine decides about.
    {"SNOOZE", Action::Snooze},
    {"snoozed", Action::Snooze},
    {"SNOOZE 17 30", Action::Snooze, "17", 30},
    {"snooze #17 45m", Action::Snooze, "17", 45},
    {"17 snooze 30", Action::Snooze, "17", 30},
    {"snooze 17 for 30 minutes", Action::Snooze, "17", 30},
    {"snooze 30 min #17", Action::Snooze, "17", 30},
    {"SNOOZE 30", Action::Snooze, "", std::nullopt, "30"},
    {"snooze 030", Action::Snooze, "", std::nullopt, "30"},
    {"snooze #17", Action::Snooze, "17"},
    {"snooze 30m", Action::Snooze, "", 30},
    {"SNOOZE 2h", Action::Snooze, "", 120},
    {"snooze 1h30", Action::Snooze, "", 90},
    {"snooze 1h 30m", Action::Snooze, "", 90},
    {"snooze 2 hours 17", Action::Snooze, "17", 120},
    {"snooze #17 30", Action::Snooze, "17", 30},
    {"snooze 45m 17", Action::Snooze, "17", 45},
    {"snooze 24h", Action::Snooze, "", 1440},
    {"snooze 25h", Action::Snooze, "", std::nullopt, "", "minutes must be 1-1440"},
    {"snooze 17 0", Action::Snooze, "", std::nullopt, "", "minutes must be 1-1440"},
    {"snooze 17 1441", Action::Snooze, "", std::nullopt, "", "minutes must be 1-1440"},
    {"snooze 17 99999999999999999999", Action::Snooze, "", std::nullopt, "",
     "minutes must be 1-1440"},
    {"snooze 90000", Action::Snooze, "", std::nullopt, "", "minutes must be 1-1440"},
    {"snooze 12345 30", Action::Snooze, "12345", 30, "", "an incident code has 1 to 4 digits"},
    {"snooze 17 30 45", Action::Snooze, "", std::nullopt, "", "too many numbers"},
    {"snooze #17 30m 45", Action::Snooze, "", std::nullopt, "", "too many numbers"},
    {"snooze #17 #18", Action::Snooze, "", std::nullopt, "", "one incident code at a time"},
    // Keywords count only as the whole message.
    {"STOP", Action::Stop},
    {"stop.", Action::Stop},
    {"\"Stop\"", Action::Stop},
    {"StopAll", Action::Stop},
    {"unsubscribe", Action::Stop},
    {"CANCEL", Action::Stop},
    {"end", Action::Stop},
    {"QUIT", Action::Stop},
    {"revoke", Action::Stop},
    {"OPTOUT", Action::Stop},
    {"START", Action::Start},
    {"yes", Action::Start},
    {"unstop", Action::Start},
    {"HELP", Action::Help},
    {"info?", Action::Help},
    {"stop 17", Action::Unknown},
    {"please stop", Action::Unknown},
    {"cancel 17", Action::Unknown},
    {"help me", Action::Unknown},
    // Not a command.
    {"", Action::Unknown},
    {"   ", Action::Unknown},
    {"17", Action::Unknown},
    {"#17", Action::Unknown},
    {"ok thanks", Action::Unknown},
    {"ok", Action::Unknown},
    {"I will ack 17 later", Action::Unknown},
    {"don't ack 17", Action::Unknown},
    {"ack or resolve?", Action::Unknown},
    {"ack ack", Action::Unknown},
    {"ack 17a", Action::Unknown},
    {"snooze min", Action::Unknown},
    {"acknowledging", Action::Unknown},
    {"\u0441\u043F\u0430\u0441\u0438\u0431\u043E", Action::Unknown}, // "спасибо"
    {"ACK 17 \u0441\u043F\u0430\u0441\u0438\u0431\u043E", Action::Unknown},
};

class ReplyParserTable : public ::testing::TestWithParam<Row>
{};

} // namespace

TEST_P(ReplyParserTable, Parses)
{
    const Row &row = GetParam();
    const ReplyCommand command = ReplyParser::parse(QString::fromUtf8(row.text));
    EXPECT_EQ(ReplyParser::actionName(command.action).toStdString(),
              ReplyParser::actionName(row.action).toStdString());
    EXPECT_EQ(command.error.toStdString(), row.error);
    if (!*row.error) {
        EXPECT_EQ(command.code.toStdString(), row.code);
        EXPECT_EQ(command.minutes, row.minutes);
        EXPECT_EQ(command.bareNumber.toStdString(), row.bareNumber);
    }
    if (row.action == Action::Unknown || row.action == Action::Stop || row.action == Action::Start
        || row.action == Action::Help) {
        ReplyCommand only;
        only.action = row.action;
        EXPECT_EQ(command, only) << "keywords and unknown carry nothing else";
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, ReplyParserTable, ::testing::ValuesIn(Rows));

TEST(ReplyParser, TableIsLargeEnough)
{
    EXPECT_GE(std::size(Rows), 40u);
}

TEST(ReplyParser, ErrorsAreEmptyWhenTheCommandIsUsable)
{
    for (const char *text : {"ack 17", "snooze", "snooze 17 1440", "snooze 1m"}) {
        const ReplyCommand command = ReplyParser::parse(QString::fromUtf8(text));
        EXPECT_TRUE(command.error.isEmpty()) << text;
        EXPECT_NE(command.action, Action::Unknown) << text;
    }
}
