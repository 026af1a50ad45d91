package com.qeetmart.contracts.diff.walk;

/**
 * Which way data flows through a schema. The same edit is safe one way and breaking the other:
 * a request schema may only accept more, a response schema may only promise more.
 */
public enum Direction {
    /** Clients write it (parameters, request bodies): the server must keep accepting it. */
    REQUEST,
    /** Clients read it (response bodies): the server must keep producing what they expect. */
    RESPONSE
}
