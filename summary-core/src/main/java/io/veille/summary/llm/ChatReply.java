package io.veille.summary.llm;

/** The model's answer and what it cost. Token counts are 0 when the server does not report them. */
public record ChatReply(String content, int tokensIn, int tokensOut) {
}
