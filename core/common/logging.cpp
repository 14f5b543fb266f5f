// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "logging.h"

Q_LOGGING_CATEGORY(lcTwilio, "vortex.twilio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTwin, "vortex.twin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelay, "vortex.relay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "vortex.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "vortex.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsole, "vortex.console", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "vortex.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPaging, "vortex.paging", QtInfoMsg)
