package dev.needle.cli;
public class Main { public static void main(String[] a) {} }
