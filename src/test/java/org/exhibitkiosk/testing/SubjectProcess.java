package org.exhibitkiosk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link KioskSubject} (or the kiosk's real Main) running in a JVM of its own on a
 * {@link VirtualDisplay}: questions go to its standard input, answers come back, and everything
 * it prints is kept in a log file beside it.
 */
public final class SubjectProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter in;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    /** Answers that came unasked ("input ...", "exit N"). */
    private final List<String> unasked = new CopyOnWriteArrayList<>();

    private SubjectProcess(Process process, Path log) {
        this.process = process;
        this.in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread reader = new Thread(() -> read(log), "subject-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with {@code args} on the display, with this JVM's classpath. */
    public static SubjectProcess start(VirtualDisplay display, Path log, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=false", "-Dflatlaf.uiScale=1x",
                "-Dsun.java2d.uiScale=1", "-Dfile.encoding=UTF-8", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new SubjectProcess(display.launch(builder), log);
    }

    private void read(Path log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                file.write(line + "\n");
                file.flush();
                if (line.startsWith("subject: ")) {
                    String answer = line.substring("subject: ".length());
                    if (answer.startsWith("input ") || answer.startsWith("exit ")) {
                        unasked.add(answer);
                    } else {
                        answers.add(answer);
                    }
                }
            }
        } catch (IOException e) {
            answers.add("failed " + e);
        }
    }

    /** Waits for the program's first answer, "ready"; fails with its log's name otherwise. */
    public SubjectProcess awaitReady(long seconds) {
        String first = next(seconds);
        if (!"ready".equals(first)) {
            throw new AssertionError("the program did not start (" + first + "); see its log");
        }
        return this;
    }

    /** Asks one question and waits for its answer (at most 10 s). */
    public String ask(String question) {
        return ask(question, 10);
    }

    /** Asks one question and waits for its answer at most {@code seconds}; a later answer is dropped. */
    public String ask(String question, long seconds) {
        answers.clear();
        in.println(question);
        return next(seconds);
    }

    private String next(long seconds) {
        try {
            String answer = answers.poll(seconds, TimeUnit.SECONDS);
            return answer == null ? "no answer within " + seconds + " s" : answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** What came unasked: the intruder's input, the kiosk's exit. */
    public List<String> unasked() {
        return List.copyOf(unasked);
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        in.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
