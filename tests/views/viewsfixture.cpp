#include "viewsfixture.h"

#include "project/project.h"

#include <QTest>

#include <gtest/gtest.h>

namespace crosscut::test {

// interview-a: "Мы 🙂 лидеры сообщества. We lead outreach to sex workers.\nThe clinic decides for us."
ViewsProject::ViewsProject()
{
    project = createProject(dir.path(QStringLiteral("views.crosscut")), QStringLiteral("intersectional"));
    kpLed = code(QStringLiteral("Leadership/Key population-led"));
    providerLed = code(QStringLiteral("Leadership/Provider-led"));
    sexWorkers = code(QStringLiteral("Population served/Sex workers"));
    drugs = code(QStringLiteral("Population served/People who use drugs"));

    NewDocument a;
    a.name = QStringLiteral("interview-a");
    a.text = QStringLiteral("Мы 🙂 лидеры сообщества. We lead outreach to sex workers.\nThe clinic decides for us.");
    NewDocument b;
    b.name = QStringLiteral("interview-b");
    b.text = QStringLiteral("Harm reduction is run by people who use drugs themselves. Outreach matters.");
    docA = project->addDocument(a).value();
    docB = project->addDocument(b).value();

    project->setCurrentCoder(QStringLiteral("amina"));
    q1 = project->applyCode(docA, 0, 23, kpLed).value();             // "Мы 🙂 лидеры сообщества."
    q2 = project->applyCode(docA, 24, 56, kpLed).value();            // "We lead outreach to sex workers."
    EXPECT_TRUE(project->applyCodeToQuote(q2, sexWorkers).ok());
    q3 = project->applyCode(docA, 57, 83, providerLed).value();      // "The clinic decides for us."
    project->setCurrentCoder(QStringLiteral("bogdan"));
    q4 = project->applyCode(docB, 0, 58, drugs).value();
    EXPECT_TRUE(project->applyCodeToQuote(q4, kpLed).ok());
}

Id ViewsProject::code(const QString &path)
{
    const Result<Id> id = project->resolveCodePath(path);
    EXPECT_TRUE(id.ok()) << id.message().toStdString();
    return id.ok() ? *id : 0;
}

QVariant ViewsProject::scalar(const QString &sql, std::initializer_list<QVariant> params)
{
    const Result<QVariant> value = project->database().scalar(sql, params);
    EXPECT_TRUE(value.ok()) << value.message().toStdString();
    return value.ok() ? *value : QVariant();
}

void clickCell(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

}  // namespace crosscut::test
