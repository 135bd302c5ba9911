package dev.needle.plan;

import java.util.ArrayList;
import java.util.List;

/** One task as a readable line, for the terminal and for calendar descriptions. */
public final class PlanText {
    private PlanText() {
    }

    /**
     * A block's tasks as lines, identical tasks in a row on one line with their count: nine empty
     * prospecting slots read "Find new accounts worth a first meeting and ask for one each (9 calls)",
     * not the same sentence nine times.
     */
    public static List<String> tasks(List<Task> tasks) {
        List<String> lines = new ArrayList<>();
        for (int index = 0; index < tasks.size(); ) {
            Task task = tasks.get(index);
            int same = 1;
            while (index + same < tasks.size() && tasks.get(index + same).equals(task)) same++;
            if (same == 1) lines.add(task(task));
            else if (task.action().equals(Workloads.FIND_NEW_ACCOUNT)) {
                lines.add("Find new accounts worth a first meeting and ask for one each (" + same + " calls)");
            } else lines.add(task(task) + " (×" + same + ")");
            index += same;
        }
        return lines;
    }

    /** A block as a calendar event's title: "Prospecting (9 tasks)". */
    public static String summary(Block block) {
        return block.category().label() + " (" + block.tasks().size() + (block.tasks().size() == 1 ? " task)" : " tasks)");
    }

    /** A block as a calendar event's description: why it is there, then its tasks, a line each. */
    public static String description(Block block) {
        StringBuilder description = new StringBuilder(block.rule());
        for (String line : tasks(block.tasks())) description.append("\n- ").append(line);
        return description.toString();
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
