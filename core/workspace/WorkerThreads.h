#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace jiahu {

/// A fixed set of threads taking jobs from one queue. Each thread runs `onStart(i)` before its
/// first job and `onStop(i)` after its last, on itself, so per-thread state (a database
/// connection and its statement cache) is made, used and closed on one thread only.
class WorkerThreads {
public:
    using Job = std::function<void(int thread)>;
    using Hook = std::function<void(int thread)>;

    WorkerThreads(int threads, Hook onStart, Hook onStop);
    ~WorkerThreads();
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;

    /// Queues a job; false (and the job is dropped) once stop() has begun.
    bool post(Job job);
    /// Stops taking jobs, lets running ones finish, joins the threads (each runs onStop) and
    /// returns the jobs that never started.
    std::deque<Job> stop();

private:
    void run(int index);

    Hook m_onStart;
    Hook m_onStop;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace jiahu
