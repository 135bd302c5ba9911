package dev.needle.domain;

public enum Outcome { OPEN, WON, LOST }
