#include "exchange/ExportFile.h"

#include "storage/FileOps.h"
#include "storage/TrialFile.h"

#include <QDir>
#include <QFileInfo>

namespace td {

namespace {

const char* const journalSuffixes[] = {"-wal", "-shm", "-journal"};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportFile::ExportFile(QString target, QString openTrial, ExportFileOptions options)
    : m_target(std::move(target)), m_openTrial(std::move(openTrial)), m_options(options)
{
    m_file.setAutoRemove(false);
}

ExportFile::~ExportFile()
{
    cancel();
}

Status ExportFile::checkTarget(const QString& target, const QString& openTrial,
                               const ExportFileOptions& options)
{
    if (target.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The export needs a file name."));
    const QFileInfo info(target);
    const QString file = info.absoluteFilePath();
    if (info.isDir())
        return makeError(ErrorCode::Invalid,
                         tr("%1 is a folder; an export is written to a file. Name a file in it.")
                             .arg(shown(file)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(shown(info.absolutePath())));
    if (!openTrial.isEmpty()) {
        const QString trial = QFileInfo(openTrial).absoluteFilePath();
        QStringList own{trial};
        for (const char* suffix : journalSuffixes)
            own << trial + QLatin1String(suffix);
        for (const QString& f : own)
            if (file == f || FileOps::sameFile(file, f))
                return makeError(ErrorCode::Conflict,
                                 tr("%1 is the trial file the export reads (or its journal); an "
                                    "export never writes over it. Choose another file name.")
                                     .arg(shown(file)));
    }
    switch (TrialFile::contentOf(file)) {
    case TrialFile::Content::Missing:
        return {};
    case TrialFile::Content::Folder:
        return makeError(ErrorCode::Invalid,
                         tr("%1 is a folder; an export is written to a file. Name a file in it.")
                             .arg(shown(file)));
    case TrialFile::Content::Sqlite:
        switch (TrialFile::probe(file)) {
        case TrialFile::Probe::Trial:
            return makeError(ErrorCode::Conflict,
                             tr("%1 is a TrialDesk trial or backup; an export never writes over "
                                "one, even when told to replace files. Choose another file name.")
                                 .arg(shown(file)));
        case TrialFile::Probe::Unreadable:
            return makeError(ErrorCode::Conflict,
                             tr("%1 is a database that cannot be read now, so it may be a trial; "
                                "an export never writes over it. Choose another file name.")
                                 .arg(shown(file)));
        case TrialFile::Probe::NotTrial:
            break;
        }
        break;
    case TrialFile::Content::WriteAheadLog:
        return makeError(ErrorCode::Conflict,
                         tr("%1 is a database's write-ahead log; an export never writes over one. "
                            "Choose another file name.")
                             .arg(shown(file)));
    case TrialFile::Content::Unreadable:
        return makeError(ErrorCode::Conflict,
                         tr("%1 cannot be read, so it may be a trial; an export never writes over "
                            "it. Choose another file name.")
                             .arg(shown(file)));
    case TrialFile::Content::NotSqlite:
        if (TrialFile::probe(file) == TrialFile::Probe::Trial) // an encrypted trial or backup
            return makeError(ErrorCode::Conflict,
                             tr("%1 is a TrialDesk trial or backup; an export never writes over "
                                "one, even when told to replace files. Choose another file name.")
                                 .arg(shown(file)));
        break;
    case TrialFile::Content::Empty:
        break;
    }
    // The journal files of a trial have no header of their own to tell them by.
    for (const char* suffix : journalSuffixes) {
        const QLatin1String s(suffix);
        if (file.endsWith(s) &&
            TrialFile::probe(file.chopped(s.size())) != TrialFile::Probe::NotTrial)
            return makeError(ErrorCode::Conflict,
                             tr("%1 belongs to the TrialDesk database %2; an export never writes "
                                "over it. Choose another file name.")
                                 .arg(shown(file), shown(file.chopped(s.size()))));
    }
    if (!options.replace)
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists, and an export replaces a file only when told to "
                            "(on the command line: --force). Nothing was written.")
                             .arg(shown(file)));
    return {};
}

Status ExportFile::open()
{
    TD_TRY(checkTarget(m_target, m_openTrial, m_options));
    const QFileInfo info(m_target);
    // Hidden, beside the target (so the rename stays on one file system), 0600 from the start.
    m_file.setFileTemplate(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!m_file.open())
        return makeError(ErrorCode::Invalid,
                         tr("Cannot write the export file %1: %2")
                             .arg(shown(info.absoluteFilePath()), m_file.errorString()));
    m_open = true;
    return {};
}

Status ExportFile::commit()
{
    if (!m_open)
        return makeError(ErrorCode::Invalid, tr("The export file was not opened."));
    const QString temporary = m_file.fileName();
    const QString target = QFileInfo(m_target).absoluteFilePath();
    auto failed = [&](const QString& why) {
        cancel();
        return makeError(ErrorCode::Invalid,
                         tr("Cannot write the export file %1: %2").arg(shown(target), why));
    };
    if (!m_file.flush())
        return failed(m_file.errorString());
    m_file.close();
    if (!FileOps::sync(temporary))
        return failed(tr("the data could not be written to the disk"));
    if (m_options.followUmask && !QFile::setPermissions(temporary, FileOps::umaskPermissions()))
        return failed(tr("its permissions could not be set"));
    // Whatever appeared at the target while the export was written is checked again.
    if (Status s = checkTarget(m_target, m_openTrial, m_options); !s.ok()) {
        cancel();
        return s;
    }
    if (Status s = FileOps::place(temporary, target, m_options.replace); !s.ok()) {
        cancel();
        return s;
    }
    m_open = false;
    return {};
}

void ExportFile::cancel()
{
    if (!m_open)
        return;
    m_open = false;
    m_file.close();
    QFile::remove(m_file.fileName());
}

Status ExportFile::write(const QString& target, const QByteArray& bytes, const QString& openTrial,
                         const ExportFileOptions& options)
{
    ExportFile file(target, openTrial, options);
    TD_TRY(file.open());
    if (file.device().write(bytes) != bytes.size())
        return makeError(ErrorCode::Invalid, tr("Cannot write the export file %1: %2")
                                                 .arg(shown(QFileInfo(target).absoluteFilePath()),
                                                      file.device().errorString()));
    return file.commit();
}

} // namespace td
