#include "familyfile/SessionFacts.h"

#include "familyfile/FileContext.h"

#include "services/CaseSession.h"
#include "services/ReferenceData.h"

namespace jiahu {

void SessionFacts::load(const FileContext& context, QObject* receiver,
                        std::function<void(const SessionFacts&)> done)
{
    context.read(
        [](CaseSession& s) -> Result<SessionFacts> {
            auto cadence = ReferenceData::cadence(s.db());
            if (!cadence.ok())
                return cadence.error();
            return SessionFacts{s.today(), cadence.value()};
        },
        receiver,
        [done = std::move(done)](Result<SessionFacts> facts) {
            done(facts.ok() ? facts.value() : SessionFacts{});
        });
}

} // namespace jiahu
