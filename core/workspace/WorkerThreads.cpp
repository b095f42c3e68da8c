#include "WorkerThreads.h"

namespace jiahu {

WorkerThreads::WorkerThreads(int threads, Hook onStart, Hook onStop)
    : m_onStart(std::move(onStart)), m_onStop(std::move(onStop))
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this, i] { run(i); });
}

WorkerThreads::~WorkerThreads()
{
    stop();
}

bool WorkerThreads::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

std::deque<WorkerThreads::Job> WorkerThreads::stop()
{
    std::deque<Job> left;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return left;
        m_stopping = true;
        left.swap(m_jobs);
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
    return left;
}

void WorkerThreads::run(int index)
{
    if (m_onStart)
        m_onStart(index);
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(index);
    }
    if (m_onStop)
        m_onStop(index);
}

} // namespace jiahu
