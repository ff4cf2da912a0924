package io.veille.summary.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestStatus;
import io.veille.summary.digest.DigestSubject;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.ExtractiveDigestWriter;
import io.veille.summary.digest.WrittenDigest;
import io.veille.summary.grounding.GroundingCheck;
import io.veille.summary.grounding.GroundingResult;

/**
 * Writes a digest with a model: one call for both languages, the answer parsed and checked
 * against the article's facts. An answer with unbacked figures gets one repair call naming them
 * (status REPAIRED if that passes). Any other failure, or a failed repair, yields the extractive
 * digest with status FALLBACK, so an LLM outage never stops the pipeline.
 */
public final class LlmDigestWriter implements DigestWriter {

    private static final Logger LOG = Logger.getLogger(LlmDigestWriter.class.getName());

    private final ChatClient chat;
    private final PromptBuilder prompts;
    private final LlmAnswerParser parser = new LlmAnswerParser();
    private final GroundingCheck grounding = new GroundingCheck();
    private final ExtractiveDigestWriter extractive;
    private final LlmCallLog calls;
    private final Clock clock;

    private final int repairAttempts;

    public LlmDigestWriter(ChatClient chat, PromptBuilder prompts, ExtractiveDigestWriter extractive, LlmCallLog calls,
            Clock clock, int repairAttempts) {
        this.chat = chat;
        this.prompts = prompts;
        this.extractive = extractive;
        this.calls = calls;
        this.clock = clock;
        this.repairAttempts = repairAttempts;
    }

    @Override
    public WrittenDigest write(DigestSubject subject) {
        ChatPrompt prompt = prompts.build(subject);
        PromptFacts facts = prompts.facts(subject);
        LlmFailure failure;
        try {
            return new WrittenDigest(attempt(prompt, subject, facts), chat.provider(), chat.model(), DigestStatus.VERIFIED);
        } catch (LlmFailure e) {
            failure = e;
        }
        // An answer with unbacked claims gets a repair call naming them; any other failure goes straight to the fallback.
        for (int repair = 0; repair < repairAttempts && failure instanceof Ungrounded ungrounded; repair++) {
            try {
                Bilingual repaired = attempt(prompts.repair(prompt, ungrounded.unsupported), subject, facts);
                return new WrittenDigest(repaired, chat.provider(), chat.model(), DigestStatus.REPAIRED);
            } catch (LlmFailure e) {
                failure = e;
            }
        }
        return fallback(subject, failure.kind().name(), failure.getMessage());
    }

    /** One call, parsed and checked; recorded in the call log whatever its outcome. */
    private Bilingual attempt(ChatPrompt prompt, DigestSubject subject, PromptFacts facts) {
        Instant start = clock.instant();
        ChatReply reply = null;
        try {
            reply = chat.complete(prompt);
            Bilingual text = parser.parse(reply.content(), subject, facts);
            AnswerLanguage.require(text);
            GroundingResult result = grounding.check(text, subject.articles());
            if (!result.grounded()) {
                throw new Ungrounded(result.unsupported());
            }
            record(start, reply, LlmCall.OK);
            return text;
        } catch (LlmFailure e) {
            if (e.kind().called()) {
                record(start, reply, e.kind().name());
            }
            throw e;
        } catch (RuntimeException e) {
            record(start, reply, LlmFailure.Kind.ERROR.name());
            throw new LlmFailure(LlmFailure.Kind.ERROR, e.toString(), e);
        }
    }

    private static final class Ungrounded extends LlmFailure {

        private final List<String> unsupported;

        Ungrounded(List<String> unsupported) {
            super(Kind.UNGROUNDED, String.join("; ", unsupported), null);
            this.unsupported = List.copyOf(unsupported);
        }
    }

    @Override
    public String provider() {
        return chat.provider();
    }

    @Override
    public String model() {
        return chat.model();
    }

    @Override
    public boolean retriesFallbacks() {
        return true;
    }

    @Override
    public int generatorVersion() {
        return PromptBuilder.PROMPT_VERSION;
    }

    private WrittenDigest fallback(DigestSubject subject, String reason, String detail) {
        LOG.log(Level.WARNING, "LLM digest for {0} {1} replaced by the extractive one ({2}): {3}",
                new Object[] {subject.kind(), subject.subjectId(), reason, detail});
        calls.fallback(reason);
        WrittenDigest written = extractive.write(subject);
        return new WrittenDigest(written.text(), written.provider(), written.model(), DigestStatus.FALLBACK);
    }

    private void record(Instant start, ChatReply reply, String outcome) {
        long latency = Duration.between(start, clock.instant()).toMillis();
        int in = reply == null ? 0 : reply.tokensIn();
        int out = reply == null ? 0 : reply.tokensOut();
        try {
            calls.record(new LlmCall(chat.provider(), chat.model(), in, out, latency, outcome, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record an LLM call", e);
        }
    }
}
