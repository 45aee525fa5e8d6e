package io.pierre.data.a2a;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A task an agent submitted: input and output are JSON documents; its session, error and completion are kept. */
@Entity
@Table(name = "a2a_tasks")
public class A2ATask {

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "session_id", length = 64)
    private String sessionId;

    @Column(name = "task_type", nullable = false, length = 128)
    private String taskType;

    @Column(name = "input_data", nullable = false, length = 100000)
    private String inputData;

    @Column(name = "output_data", length = 100000)
    private String outputData;

    @Convert(converter = TaskStatus.JpaConverter.class)
    @Column(nullable = false, length = 16)
    private TaskStatus status;

    @Column(name = "error_message", length = 4000)
    private String errorMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected A2ATask() {}

    public static A2ATask create(UUID clientId, String sessionId, String taskType, String inputJson) {
        A2ATask task = new A2ATask();
        task.id = "task_" + UUID.randomUUID();
        task.clientId = clientId;
        task.sessionId = sessionId;
        task.taskType = taskType;
        task.inputData = inputJson;
        task.status = TaskStatus.PENDING;
        task.createdAt = Timestamps.now();
        task.updatedAt = task.createdAt;
        return task;
    }

    /** A final status stamps completion; a non-final one clears it. */
    public void changeStatus(TaskStatus newStatus, String resultJson, String error) {
        this.status = newStatus;
        this.outputData = resultJson;
        this.errorMessage = error;
        this.updatedAt = Timestamps.now();
        this.completedAt = newStatus.isFinal() ? updatedAt : null;
    }

    public String id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public String taskType() {
        return taskType;
    }

    public String inputData() {
        return inputData;
    }

    public Optional<String> outputData() {
        return Optional.ofNullable(outputData);
    }

    public TaskStatus status() {
        return status;
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
