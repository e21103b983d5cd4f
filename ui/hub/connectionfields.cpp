#include "hub/connectionfields.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace crosscut::ui {

void ConnectionFields::addTo(QFormLayout *form, QWidget *parent)
{
    conninfo = new QLineEdit(parent);
    conninfo->setObjectName(QStringLiteral("conninfo"));
    conninfo->setPlaceholderText(QStringLiteral("host=hub.example.org dbname=crosscut user=amina"));
    conninfo->setToolTip(tr("A PostgreSQL connection string: host=… port=… dbname=… user=…, or postgresql://…"));
    password = new QLineEdit(parent);
    password->setObjectName(QStringLiteral("serverPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    password->setToolTip(tr("Used for this connection only; never saved. For the automatic sync, put it in ~/.pgpass."));
    form->addRow(tr("&Server:"), conninfo);
    form->addRow(tr("Pass&word:"), password);
}

ServerPassword::ServerPassword(const QString &password)
{
    if (password.isEmpty())
        return;
    m_hadBefore = qEnvironmentVariableIsSet("PGPASSWORD");
    m_before = qgetenv("PGPASSWORD");
    QByteArray secret = password.toUtf8();
    qputenv("PGPASSWORD", secret);
    secret.fill('\0');
    m_set = true;
}

ServerPassword::~ServerPassword()
{
    if (!m_set)
        return;
    if (m_hadBefore)
        qputenv("PGPASSWORD", m_before);
    else
        qunsetenv("PGPASSWORD");
    m_before.fill('\0');
}

bool conninfoHasPassword(const QString &conninfo)
{
    static const QRegularExpression keyword(QStringLiteral("(^|\\s)password\\s*="));
    static const QRegularExpression uri(QStringLiteral("^postgres(ql)?://[^/@]*:[^/@]*@|[?&]password="));
    return keyword.match(conninfo).hasMatch() || uri.match(conninfo).hasMatch();
}

}  // namespace crosscut::ui
