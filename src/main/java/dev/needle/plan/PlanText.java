package dev.needle.plan;

/** One task as a readable line, for the terminal and for calendar descriptions. */
public final class PlanText {
    private PlanText() {
    }

    public static String task(Task task) {
        StringBuilder line = new StringBuilder(task.action());
        if (task.dealName() != null) line.append(" — deal ").append(task.dealName()).append(" [").append(task.dealExternalId()).append(']');
        else if (task.account() != null) line.append(" — ").append(task.account());
        if (task.contact() != null) line.append(", with ").append(task.contact());
        if (task.due() != null) line.append(", due ").append(task.due());
        if (task.dealId() != null && task.due() != null) {
            line.append(task.valueForBuyer() == null || task.valueForBuyer().isBlank()
                    ? "; value for the buyer: NONE (an empty touch: add one)"
                    : "; value for the buyer: " + task.valueForBuyer());
        }
        if (task.buyerNextStep() != null && !task.buyerNextStep().isBlank()) {
            line.append("; buyer's next step: ").append(task.buyerNextStep());
        }
        return line.toString();
    }
}
