package fi.foresight.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one local runner: in-order merge on any thread count, a merge that passes tasks over, mapAll, failures. */
class LocalPlansTest {

    /** Tasks whose partial is the square of the task; the merge skips from 10 to 50 and records what it took. */
    private static class Squares implements LocalPlans.OrderedTasks<int[], Long, Long> {
        final List<Long> prepared = new ArrayList<>();
        final List<Long> merged = new ArrayList<>();
        final Thread caller = Thread.currentThread();
        boolean preparedElsewhere;

        @Override
        public Long prepare(long task) {
            preparedElsewhere |= Thread.currentThread() != caller;
            prepared.add(task);
            return task;
        }

        @Override
        public int[] worker() {
            return new int[1];
        }

        @Override
        public Long compute(int[] worker, Long task) {
            worker[0]++;
            return task * task;
        }

        @Override
        public long merge(long task, Long partial) {
            assertEquals(task * task, partial);
            merged.add(task);
            return task == 10 ? 50 : task + 1;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void mergesInTaskOrderAndDropsWhatTheMergePassesOver(int threads) {
        var work = new Squares();
        LocalPlans.inOrder(100, threads, "test", work);
        List<Long> expected = LongStream.concat(LongStream.rangeClosed(0, 10), LongStream.range(50, 100)).boxed()
                .toList();
        assertEquals(expected, work.merged);
        assertTrue(!work.preparedElsewhere, "tasks are prepared on the calling thread");
        for (int i = 1; i < work.prepared.size(); i++) {
            assertTrue(work.prepared.get(i) > work.prepared.get(i - 1), "prepared in increasing task order");
        }
        assertTrue(work.prepared.containsAll(expected));
        assertTrue(work.prepared.size() <= expected.size() + LocalPlans.IN_FLIGHT_PER_THREAD * threads,
                "at most the in-flight window is prepared beyond what the merge needs");
    }

    @Test
    void aMergeThatStepsBackIsRefused() {
        var work = new Squares() {
            @Override
            public long merge(long task, Long partial) {
                return task == 3 ? 2 : task + 1;
            }
        };
        var e = assertThrows(IllegalStateException.class, () -> LocalPlans.inOrder(10, 2, "test", work));
        assertTrue(e.getMessage().contains("must move forward"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void mapAllKeepsTheItemsOrder(int threads) {
        List<Integer> items = IntStream.range(0, 57).boxed().toList();
        var seen = new ArrayList<Integer>();
        List<String> out = LocalPlans.mapAll(items, threads, "test", i -> "#" + i, (i, s) -> seen.add(i));
        assertEquals(items.stream().map(i -> "#" + i).toList(), out);
        assertEquals(items, seen);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theFirstFailureInItemOrderIsThrownAsItIs(int threads) {
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        var e = assertThrows(IllegalArgumentException.class, () -> LocalPlans.mapAll(items, threads, "test", i -> {
            if (i == 7 || i == 12) {
                throw new IllegalArgumentException("item " + i);
            }
            return i;
        }));
        assertEquals("item 7", e.getMessage());
    }
}
