#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "randomization/AllocationList.h"
#include "randomization/RandomizationSettings.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td {

class Database;
class ErrorLabel;
class SignatureField;
class FactorTable;

// The statistician's randomization setup: the protocol's arms and ratio (read-only), the
// method, block lengths, the stratification or minimization factors with their weights, and q.
// Saving goes through RandomizationSettingsRepository, which validates; a refusal is shown at
// the field it concerns. For permuted blocks the concealed allocation list is generated here;
// only its summary is shown, never its entries. After the first allocation everything is
// read-only and the view says why.
class RandomizationSetupView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    // Where a refusal is shown.
    enum class Field { General, BlockLengths, Factors, Q, Reason, List };

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

    RandomizationSetupView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Reads the protocol, the settings, the allocations made and the list; the error, if any.
    // With `keepTypedSettings`, settings typed in the form and not saved stay as they are.
    QString reload(bool keepTypedSettings = false);
    // Saves the form. The refusal (also shown at its field), or empty when saved.
    QString save();
    // Asks for confirmation, then generates the allocation list. The refusal, or empty (also
    // when the user declined).
    QString generateList();
    // Answers the confirmation instead of a message box (tests): true to go ahead.
    void setConfirmation(std::function<bool(const QString& question)> confirm);

    bool isReadOnly() const { return m_allocations > 0; }
    // The field the last refusal was shown at, and its text.
    std::optional<Field> errorField() const;
    QString errorText(Field field) const;
    // The last success message (saved, or the list generated).
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // What the status line says, rebuilt on a language change.
    enum class Note { None, Saved, SavedListStale, Generated };

    void retranslateUi();
    void retranslateArms();
    void retranslateList();
    void showSettings(const RandomizationSettings& settings);
    // The settings the form describes, or nothing with `problem` set when it cannot be read.
    std::optional<RandomizationSettings> formSettings(QString* problem) const;
    bool isDirty() const;
    void updateState();
    Field fieldOf(const Error& error, const RandomizationSettings& tried) const;
    ErrorLabel* errorLabel(Field field) const;
    void clearErrors();
    void showError(Field field, const QString& message);
    void showNote(Note note);
    QWidget* fieldBox(QWidget* field, QLabel* hint, ErrorLabel* error);
    // The last electronic signature of a record, as a sentence.
    QString signatureLine(const QString& entity, qint64 id) const;
    bool confirm(const QString& question);

    Database& m_db;
    Actor m_actor;
    std::optional<Protocol> m_protocol;
    std::optional<RandomizationSettings> m_saved;
    std::optional<AllocationListInfo> m_list;
    int m_allocations = 0;
    bool m_loaded = false;
    bool m_edited = false; // the settings were changed in the form since they were shown
    std::function<bool(const QString&)> m_confirm;

    QLabel* m_intro;
    QLabel* m_lockNotice;
    ErrorLabel* m_error;
    QGroupBox* m_armsBox;
    QFormLayout* m_armsForm;
    QGroupBox* m_methodBox;
    QFormLayout* m_methodForm;
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_blocksLabel;
    QLineEdit* m_blockLengths;
    QLabel* m_blocksHint;
    ErrorLabel* m_blocksError;
    QLabel* m_qLabel;
    QDoubleSpinBox* m_q;
    QLabel* m_qHint;
    ErrorLabel* m_qError;
    QGroupBox* m_factorsBox;
    QLabel* m_factorsHint;
    FactorTable* m_factors;
    QPushButton* m_up;
    QPushButton* m_down;
    ErrorLabel* m_factorsError;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    ErrorLabel* m_reasonError;
    SignatureField* m_signature;
    QLabel* m_settingsSigned;
    QPushButton* m_save;
    QLabel* m_status;
    QGroupBox* m_listBox;
    QLabel* m_listSummary;
    QLabel* m_listHint;
    QPushButton* m_generate;
    QLabel* m_listNote;
    ErrorLabel* m_listError;
    Note m_note = Note::None;
};

} // namespace td
