#pragma once

#include <QString>

// The throwaway PostgreSQL cluster of a test executable (scripts/pg-test-cluster.sh): started
// before the first test unless TRIALDESK_TEST_SERVER already names a server, and stopped after
// the last. Its watchdog stops it too when the process ends any other way (a crash, a kill, a
// time-out). Shared by trialdesk_pg_tests and trialdesk_pg_ui_tests.
namespace tdtest {

class TestCluster
{
public:
    // Starts the cluster and sets TRIALDESK_TEST_SERVER; false (and a message on stderr) when
    // it could not start.
    bool start();
    // Stops the cluster this process started, if any.
    void stop();

private:
    QString m_folder;
};

} // namespace tdtest
