// crosscut-cli live / live-export: a live session driven from stdin, one
// command per line, each committed exactly as the GUI commits it; and a
// session's timestamped transcript.
#include "cli/command.h"
#include "live/alignment.h"
#include "live/livesession.h"
#include "live/sessionexport.h"
#include "privacy/redaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace crosscut::cli {

namespace {

Result<QList<Id>> resolveCodes(Project &project, const live::LiveSession &session, const QString &field)
{
    QList<Id> ids;
    for (const QString &part : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        if (auto key = session.codeForKey(name)) {
            ids.append(*key);
            continue;
        }
        auto id = project.resolveCodePath(name);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    return ids;
}

}  // namespace

int runLive(Context &ctx)
{
    const QString title = ctx.args.value(QStringLiteral("--title")).trimmed();
    if (title.isEmpty())
        return ctx.usage(QStringLiteral("live needs --title T"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    if (ctx.args.has(QStringLiteral("--coder")))
        project->setCurrentCoder(ctx.args.value(QStringLiteral("--coder")));

    std::unique_ptr<live::LiveSession> session;
    if (auto existing = project->findDocument(title)) {
        if (existing->kind != DocumentKind::LiveSession)
            return ctx.fail(ErrorKind::Conflict,
                            QStringLiteral("a document named \"%1\" exists and is not a live session").arg(title));
        auto resumed = live::LiveSession::resume(*project, existing->id);
        if (!resumed)
            return ctx.fail(resumed.error());
        session = std::move(resumed).value();
        ctx.out << "resumed " << title << " at " << live::formatTimestamp(session->elapsedMs()) << "\n";
    } else {
        if (!ctx.args.has(QStringLiteral("--roster")))
            return ctx.usage(QStringLiteral("a new live session needs --roster FILE.csv (pseudonym,key,attribute…)"));
        auto roster = live::readRosterCsv(ctx.args.value(QStringLiteral("--roster")));
        if (!roster)
            return ctx.fail(roster.error());
        live::SessionInfo info{title, ctx.args.value(QStringLiteral("--date")), ctx.args.value(QStringLiteral("--place")),
                               ctx.args.value(QStringLiteral("--facilitator"))};
        auto started = live::LiveSession::start(*project, info, *roster, {});
        if (!started)
            return ctx.fail(started.error());
        session = std::move(started).value();
        ctx.out << "started " << title << " with " << session->roster().size() << " participants\n";
    }
    // This process is the session's capture: the clock stood still since the
    // last run ended (that gap is recorded) and stops again at end of input.
    if (Status s = session->beginCapture(); !s)
        return ctx.fail(s.error());
    ctx.out.flush();

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(ErrorKind::Io, QStringLiteral("cannot read standard input"));
    int lineNumber = 0;
    int failures = 0;
    qint64 committed = 0;
    QElapsedTimer lastSync;
    auto lineFailed = [&](const QString &message) {
        ++failures;
        ctx.err << "crosscut-cli: stdin line " << lineNumber << ": " << message << "\n";
        ctx.err.flush();
    };
    while (true) {
        // Typing of the next utterance can begin once the previous one is in.
        const qint64 typingBegan = session->elapsedMs();
        const QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break;
        ++lineNumber;
        QString line = QString::fromUtf8(raw);
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            const QString command = line.section(QLatin1Char(' '), 0, 0);
            const QString rest = line.section(QLatin1Char(' '), 1);
            if (command == QLatin1String("#flag")) {
                auto f = session->flag(rest);
                if (!f) {
                    lineFailed(f.message());
                    continue;
                }
                ctx.out << "flag " << f->id << " " << f->timeMs << "\n";
            } else if (command == QLatin1String("#pause") || command == QLatin1String("#resume")) {
                const bool pausing = command == QLatin1String("#pause");
                if (Status s = pausing ? session->pause() : session->resume(); !s) {
                    lineFailed(s.message());
                    continue;
                }
                ctx.out << (pausing ? "paused " : "resumed ") << session->elapsedMs() << "\n";
            } else {
                lineFailed(QStringLiteral("unknown command %1 (expected #flag, #pause or #resume)").arg(command));
                continue;
            }
            ctx.out.flush();
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2 || fields.size() > 3) {
            lineFailed(QStringLiteral("expected SPEAKER<TAB>TEXT[<TAB>CODE,CODE…]"));
            continue;
        }
        auto codes = resolveCodes(*project, *session, fields.value(2));
        if (!codes) {
            lineFailed(codes.message());
            continue;
        }
        auto u = session->commit(fields[0], fields[1], typingBegan, *codes);
        if (!u) {
            lineFailed(u.message());
            continue;
        }
        ++committed;
        // As the capture window does: at most one second of commits is ever
        // unsynced (a power cut; a killed process loses nothing committed).
        if (!lastSync.isValid() || lastSync.elapsed() >= 1000) {
            if (Status s = project->syncToDisk(); !s)
                lineFailed(s.message());
            lastSync.start();
        }
        // Printed only after the transaction committed: acknowledged ⇒ durable.
        ctx.out << "ack " << committed << " turn " << u->turnId << " " << u->startMs << " " << u->endMs << "\n";
        ctx.out.flush();
    }
    if (Status s = session->endCapture(); !s)
        return ctx.fail(s.error());
    if (Status s = project->syncToDisk(); !s)
        return ctx.fail(s.error());
    ctx.out << "committed " << committed << " utterances\n";
    return failures == 0 ? Ok : Failed;
}

int runLiveExport(Context &ctx)
{
    const QString docName = ctx.args.value(QStringLiteral("--doc"));
    if (docName.isEmpty())
        return ctx.usage(QStringLiteral("live-export needs --doc NAME"));
    const auto format = live::exportFormatFromString(ctx.args.value(QStringLiteral("--format"), QStringLiteral("txt")));
    if (!format)
        return ctx.usage(QStringLiteral("--format must be txt, srt, vtt or csv"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto doc = project->findDocument(docName);
    if (!doc)
        return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(docName));
    const privacy::Redaction redaction =
        ctx.args.has(QStringLiteral("--redact")) ? privacy::Redaction::fromProject(*project) : privacy::Redaction();
    auto text = live::exportSession(*project, doc->id, *format, &redaction);
    if (!text)
        return ctx.fail(text.error());
    if (!ctx.args.has(QStringLiteral("--out"))) {
        ctx.out << *text;
        return Ok;
    }
    const QString path = ctx.args.value(QStringLiteral("--out"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0 || !file.commit())
        return ctx.fail(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    ctx.out << "wrote " << path << "\n";
    return Ok;
}

int runLiveAlign(Context &ctx)
{
    const QString docName = ctx.args.value(QStringLiteral("--doc"));
    const QString cues = ctx.args.value(QStringLiteral("--cues"));
    if (docName.isEmpty() || cues.isEmpty())
        return ctx.usage(QStringLiteral("live-align needs --doc NAME and --cues FILE.srt|FILE.vtt"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto doc = project->findDocument(docName);
    if (!doc)
        return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(docName));
    auto report = live::alignWithRecording(*project, doc->id, cues);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "aligned " << report->matched << " of " << report->utterances << " utterances with cues; offset "
            << QString::number(report->offsetMs / 1000.0, 'f', 1) << " s\n";
    return Ok;
}

}  // namespace crosscut::cli
