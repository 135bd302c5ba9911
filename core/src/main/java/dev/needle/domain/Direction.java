package dev.needle.domain;

public enum Direction { OUTBOUND, INBOUND, INTERNAL }
