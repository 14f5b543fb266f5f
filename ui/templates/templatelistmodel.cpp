// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "templatelistmodel.h"

#include <algorithm>

namespace Vortex::Ui {

using Core::Paging::PagingTemplate;
using Core::Paging::TemplateKind;

namespace {

TemplateKey keyOf(const PagingTemplate &t)
{
    return {t.kind, t.language};
}

bool storeOrder(const PagingTemplate &a, const PagingTemplate &b)
{
    const QString ak = Core::Paging::templateKindName(a.kind);
    const QString bk = Core::Paging::templateKindName(b.kind);
    return ak != bk ? ak < bk : a.language < b.language;
}

} // namespace

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TemplateListModel::kindText(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::SmsPage:
        return tr("SMS page");
    case TemplateKind::VoicePrompt:
        return tr("Voice call");
    case TemplateKind::WhatsAppPage:
        return tr("WhatsApp page");
    }
    return {};
}

QString TemplateListModel::languageText(const QString &language)
{
    return language.isEmpty() ? tr("Any language") : language;
}

void TemplateListModel::setTemplates(const QList<PagingTemplate> &templates)
{
    QList<PagingTemplate> next = templates;
    std::stable_sort(next.begin(), next.end(), &storeOrder);
    const auto contains = [&next](const TemplateKey &key) {
        return std::any_of(next.cbegin(), next.cend(),
                           [&key](const PagingTemplate &t) { return keyOf(t) == key; });
    };
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (contains(keyOf(m_items.at(row))))
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    // What is left is in the same order as next: walk both.
    for (int row = 0; row < next.size(); ++row) {
        if (row < m_items.size() && keyOf(m_items.at(row)) == keyOf(next.at(row))) {
            if (!(m_items.at(row) == next.at(row))) {
                m_items[row] = next.at(row);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_items.insert(row, next.at(row));
        endInsertRows();
    }
}

int TemplateListModel::rowOf(const TemplateKey &key) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (keyOf(m_items.at(row)) == key)
            return row;
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TemplateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PagingTemplate &t = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(t.kind);
        case LanguageColumn:
            return languageText(t.language);
        case TextColumn:
            return t.body.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return t.kind == TemplateKind::WhatsAppPage ? t.contentSid + QLatin1Char('\n') + t.body
                                                    : t.body;
    case KindRole:
        return static_cast<int>(t.kind);
    case LanguageRole:
        return t.language;
    default:
        return {};
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case LanguageColumn:
        return tr("Language");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace Vortex::Ui
