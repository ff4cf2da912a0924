package io.veille.summary.llm;

/** A system instruction and one user message carrying the article as delimited data. */
public record ChatPrompt(String system, String user) {
}
