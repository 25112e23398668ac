package org.exhibitkiosk.content;

import java.util.List;
import java.util.Optional;
import org.exhibitkiosk.files.Problem;

/**
 * The outcome of reading the content folder: the exhibit when it is clean, and every problem.
 * Immutable.
 *
 * @param exhibit      present only when there are no problems
 * @param problems     in reading order
 * @param filesChecked how many files were read
 */
public record LoadResult(Optional<Exhibit> exhibit, List<Problem> problems, int filesChecked) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
