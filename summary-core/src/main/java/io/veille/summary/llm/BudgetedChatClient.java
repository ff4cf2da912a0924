package io.veille.summary.llm;

/**
 * Refuses a call once the hourly token budget is spent (no call is made, so none is recorded),
 * and counts the tokens of each answer. A call already started may overshoot the budget by one
 * answer: the budget bounds the cost, it does not reserve tokens ahead.
 */
public final class BudgetedChatClient extends ForwardingChatClient {

    private final TokenBudget budget;

    public BudgetedChatClient(ChatClient delegate, TokenBudget budget) {
        super(delegate);
        this.budget = budget;
    }

    @Override
    public ChatReply complete(ChatPrompt prompt) {
        budget.check();
        ChatReply reply = delegate.complete(prompt);
        budget.add((long) reply.tokensIn() + reply.tokensOut());
        return reply;
    }
}
