package io.pierre.data.a2a;

import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A task an agent submitted: input and output are JSON documents; its session, error and completion are kept. */
@Entity
@Table(name = "a2a_tasks")
public class A2ATask {

    @NotNull
    @Size(max = 64)
    @Id
    private String id;

    @NotNull
    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Size(max = 64)
    @Column(name = "session_id")
    private String sessionId;

    @NotNull
    @Size(max = 128)
    @Column(name = "task_type", nullable = false)
    private String taskType;

    @NotNull
    @Column(name = "input_data", nullable = false)
    private String inputData;

    @Column(name = "output_data")
    private String outputData;

    @NotNull
    @Convert(converter = TaskStatus.JpaConverter.class)
    @Column(nullable = false)
    private TaskStatus status;

    @Size(max = 4000)
    @Column(name = "error_message")
    private String errorMessage;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
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
