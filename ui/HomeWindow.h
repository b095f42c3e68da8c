#pragma once

#include <QMainWindow>

#include <memory>

namespace jiahu {

class Vault;

/// The window of an unlocked database. It owns the Vault: closing or locking destroys it, and
/// with it the data key and the open connection.
class HomeWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit HomeWindow(std::shared_ptr<Vault> vault, QWidget* parent = nullptr);
    ~HomeWindow() override;

Q_SIGNALS:
    void lockRequested();

private:
    std::shared_ptr<Vault> m_vault;
};

} // namespace jiahu
